package org.goldseam.archfixture.summary.render;

import java.awt.Color;

/** Allowed: summary rendering may use java.awt to draw charts into PDFs. */
public final class AwtChartColours {
    public static final Color ACCENT = new Color(0xA8842C);

    private AwtChartColours() {
    }
}
