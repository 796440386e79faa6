package org.goldseam.summary.render;

import java.io.IOException;
import java.io.OutputStream;
import org.goldseam.summary.SummaryDocument;
import org.goldseam.summary.SummaryRenderer;

/**
 * Turns a {@link SummaryDocument} into a tagged PDF/A-3a + PDF/UA-1 file: XHTML from the template,
 * the glyph check, then the shared {@link PdfPipeline} (openhtmltopdf on PDFBox, shipped fonts
 * embedded, sRGB output intent, charts drawn as vectors). See ADR 0006.
 */
public final class SummaryPdf {
    /** This pipeline as the summary service uses it. */
    public static final SummaryRenderer RENDERER = summary -> {
        Prepared prepared = prepare(summary);
        return out -> write(prepared, out);
    };

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
        return PdfPipeline.write(prepared.built.document(), prepared.built.charts(), prepared.needsFallbackFont, out);
    }
}
