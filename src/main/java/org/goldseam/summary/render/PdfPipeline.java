package org.goldseam.summary.render;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.logging.Level;
import org.goldseam.vault.GoldseamVersion;
import org.w3c.dom.Document;

/**
 * The one openhtmltopdf pipeline every Goldseam PDF goes through (the progress summary and the client
 * record): tagged PDF/A-3a + PDF/UA-1, the shipped fonts embedded as subsets, the sRGB output intent,
 * no external resources, the engine's logs silenced. See ADR 0006. Callers run {@link GlyphCheck}
 * first; it says whether the CJK fallback font is needed.
 */
final class PdfPipeline {
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** Font metrics of the three shipped fonts, kept for the life of the process: a batch measures them once. */
    private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

    static {
        // openhtmltopdf logs layout details at INFO; its warnings can quote document text, which is client data
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.SEVERE);
        }
    }

    private PdfPipeline() {
    }

    /** Lays out {@code document} (with the charts its {@code object} elements name) and writes it; returns the page count. */
    static int write(Document document, List<ChartSpec> charts, boolean needsFallbackFont, OutputStream out) throws IOException {
        SummaryFonts fonts = SummaryFonts.get();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(SRGB);
        builder.useFont(() -> SummaryFonts.stream(fonts.regular), fonts.family(), 400, FontStyle.NORMAL, true);
        builder.useFont(() -> SummaryFonts.stream(fonts.bold), fonts.family(), 700, FontStyle.NORMAL, true);
        if (needsFallbackFont) {
            // only when the text needs it: parsing this font's CJK map dominated Latin-only renders
            builder.useFont(() -> SummaryFonts.stream(fonts.fallback), fonts.fallbackFamily(), 400, FontStyle.NORMAL, true);
        }
        builder.useObjectDrawerFactory(new ChartDrawers(charts));
        // everything is in the document: never fetch a URL, whatever a text might contain
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withDiagnosticConsumer(diagnostic -> { });
        builder.withProducer("Goldseam " + GoldseamVersion.current());
        builder.withW3cDocument(document, "about:blank");
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            int pages = renderer.getRootBox().getLayer().getPages().size();
            renderer.createPDF();
            return pages;
        }
    }
}
