package org.goldseam.summary.render;

import java.awt.Color;
import java.util.List;
import org.goldseam.framework.model.Category;

/**
 * Colours of the summary. Categories and series use the Okabe-Ito palette, which stays distinct
 * for the common forms of colour blindness; the one muted gold (#a8842c, in the stylesheet) is Goldseam's accent, the "seam".
 * Colour is never the only carrier of meaning: every chip and cell also has its text.
 */
final class Palette {
    static final Color INK = new Color(0x1F1F1F);
    static final Color GRID = new Color(0xD9D9D9);
    static final Color CORE_SHAME = new Color(0xD55E00);
    static final Color ADAPTIVE_SHAME = new Color(0x009E73);
    static final Color MEASURE_LINE = new Color(0x0072B2);
    /** One colour per goal line, in goal order. */
    static final List<Color> SERIES = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0x000000));

    private Palette() {
    }

    static Color of(Category category) {
        return switch (category) {
            case TRIGGER -> new Color(0xE69F00);
            case DEFENSE -> new Color(0x56B4E9);
            case CORE_BELIEF -> new Color(0xD55E00);
            case COST -> new Color(0xCC79A7);
            case RELATIONAL_PATTERN -> new Color(0x0072B2);
            case INTERVENTION -> new Color(0xF0E442);
            case STRENGTH -> new Color(0x009E73);
        };
    }

    /** Severity bands shade from near-white to a pale warm grey-gold: ordered, and quiet behind the line. */
    static Color band(int index, int count) {
        float t = count <= 1 ? 0f : (float) index / (count - 1);
        return mix(new Color(0xFBF8F1), new Color(0xE3D3AC), t);
    }

    /** The category hue at a depth for intensity 0-10, over white. */
    static Color heat(Category category, int intensity) {
        return mix(Color.WHITE, of(category), 0.12f + 0.88f * Math.max(0, Math.min(10, intensity)) / 10f);
    }

    /** Black or white, whichever reads better on {@code background}. */
    static Color textOn(Color background) {
        return luminance(background) > 0.4 ? INK : Color.WHITE;
    }

    static String css(Color color) {
        return String.format("#%06x", color.getRGB() & 0xFFFFFF);
    }

    static Color mix(Color from, Color to, float t) {
        return new Color(Math.round(from.getRed() + (to.getRed() - from.getRed()) * t),
                Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
                Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t));
    }

    private static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
