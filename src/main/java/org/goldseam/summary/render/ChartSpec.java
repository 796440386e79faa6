package org.goldseam.summary.render;

import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A chart to draw into the summary: the chart, its alternative text for screen readers (what it
 * shows, in words), and every string it draws, for the glyph check.
 */
record ChartSpec(String id, JFreeChart chart, String altText, List<String> drawnTexts) {
    ChartSpec {
        drawnTexts = List.copyOf(drawnTexts);
    }
}
