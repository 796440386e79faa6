package org.goldseam.summary.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts shipped in {@code /fonts}: DejaVu Sans (regular and bold) for Latin, Greek, Cyrillic and
 * symbols, Droid Sans Fallback for Chinese, Japanese and Korean. Loaded once per process. The same
 * bytes feed the PDF (embedded as subsets), the charts (as AWT fonts, matched to the PDF fonts by
 * family name) and the glyph check, so all three agree on what can be drawn.
 */
final class SummaryFonts {
    private static final SummaryFonts INSTANCE = new SummaryFonts();

    final byte[] regular = read("/fonts/DejaVuSans.ttf");
    final byte[] bold = read("/fonts/DejaVuSans-Bold.ttf");
    final byte[] fallback = read("/fonts/DroidSansFallbackFull.ttf");
    private final Font awtRegular = awt(regular);
    private final Font awtBold = awt(bold);
    private final Font awtFallback = awt(fallback);

    private SummaryFonts() {
    }

    static SummaryFonts get() {
        return INSTANCE;
    }

    /** "DejaVu Sans": the family the template's CSS names first. */
    String family() {
        return awtRegular.getFamily();
    }

    /** "Droid Sans Fallback": the family the CSS names second. */
    String fallbackFamily() {
        return awtFallback.getFamily();
    }

    /** True when DejaVu Sans draws {@code codePoint} in the given weight. */
    boolean coversWithoutFallback(int codePoint, boolean isBold) {
        return (isBold ? awtBold : awtRegular).canDisplay(codePoint);
    }

    /** True when the CJK fallback font draws {@code codePoint}. */
    boolean coversWithFallback(int codePoint) {
        return awtFallback.canDisplay(codePoint);
    }

    /** A chart font for {@code text}: DejaVu Sans when it has every glyph, else the CJK fallback. */
    Font chartFont(String text, float size, boolean isBold) {
        Font base = isBold ? awtBold : awtRegular;
        Font chosen = base.canDisplayUpTo(text) < 0 ? base : awtFallback;
        return chosen.deriveFont(size);
    }

    Font chartFont(float size) {
        return awtRegular.deriveFont(size);
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] read(String resource) {
        try (InputStream in = SummaryFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font awt(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("a shipped font cannot be read", e);
        }
    }
}
