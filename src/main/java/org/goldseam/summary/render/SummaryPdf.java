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
import java.util.logging.Level;
import org.goldseam.summary.SummaryDocument;
import org.goldseam.vault.GoldseamVersion;

/**
 * Turns a {@link SummaryDocument} into a tagged PDF/A-3a + PDF/UA-1 file: XHTML from the template,
 * the glyph check, then openhtmltopdf on PDFBox with the shipped fonts embedded as subsets, the sRGB
 * output intent PDF/A asks for, and the charts drawn as vectors. See ADR 0006.
 */
public final class SummaryPdf {
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** Font metrics of the three shipped fonts, kept for the life of the process: a batch measures them once. */
    private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

    static {
        // openhtmltopdf logs layout details at INFO; its warnings can quote document text, which is client data
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.SEVERE);
        }
    }

    /** What {@link #prepare} built, ready to write. */
    public static final class Prepared {
        private final SummaryXhtml.Built built;
        private final boolean needsFallbackFont;

        private Prepared(SummaryXhtml.Built built, boolean needsFallbackFont) {
            this.built = built;
            this.needsFallbackFont = needsFallbackFont;
        }

        /** The document title, which is also the PDF's metadata title. */
        public String title() {
            return built.title();
        }
    }

    private SummaryPdf() {
    }

    /**
     * Builds the XHTML and its charts and checks every character against the shipped fonts.
     *
     * @throws org.goldseam.summary.SummaryException with UNRENDERABLE_TEXT naming the characters
     */
    public static Prepared prepare(SummaryDocument summary) {
        SummaryXhtml.Built built = SummaryXhtml.build(summary);
        return new Prepared(built, GlyphCheck.check(built.document(), built.charts()));
    }

    /** Lays out and writes the PDF; returns the number of pages. */
    public static int write(Prepared prepared, OutputStream out) throws IOException {
        SummaryFonts fonts = SummaryFonts.get();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(SRGB);
        builder.useFont(() -> SummaryFonts.stream(fonts.regular), fonts.family(), 400, FontStyle.NORMAL, true);
        builder.useFont(() -> SummaryFonts.stream(fonts.bold), fonts.family(), 700, FontStyle.NORMAL, true);
        if (prepared.needsFallbackFont) {
            // only when the text needs it: parsing this font's CJK map dominated Latin-only renders
            builder.useFont(() -> SummaryFonts.stream(fonts.fallback), fonts.fallbackFamily(), 400, FontStyle.NORMAL, true);
        }
        builder.useObjectDrawerFactory(new ChartDrawers(prepared.built.charts()));
        // everything is in the document: never fetch a URL, whatever a text might contain
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withDiagnosticConsumer(diagnostic -> { });
        builder.withProducer("Goldseam " + GoldseamVersion.current());
        builder.withW3cDocument(prepared.built.document(), "about:blank");
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            int pages = renderer.getRootBox().getLayer().getPages().size();
            renderer.createPDF();
            return pages;
        }
    }
}
