package org.goldseam.app.workspace.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.swing.UIManager;
import org.goldseam.framework.measure.Administration;
import org.goldseam.framework.measure.Band;
import org.goldseam.framework.measure.Instrument;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The trend of an instrument's totals with its severity bands shaded behind. Bands use one warm hue
 * growing deeper with severity and carry their names, so they read without colour; the line is the
 * Okabe-Ito blue, which stays distinct from the orange bands for every common colour-vision type.
 */
final class MeasureChart {
    static final Color LINE = new Color(0x0072b2);
    static final Color BAND = new Color(0xd55e00);

    private MeasureChart() {
    }

    static ChartPanel panel(Instrument instrument, List<Administration> administrations, ZoneId zone) {
        ChartPanel panel = new ChartPanel(chart(instrument, administrations, zone), false, false, false, false, true);
        panel.setMouseWheelEnabled(false);
        panel.setDomainZoomable(false);
        panel.setRangeZoomable(false);
        panel.setInitialDelay(100);
        Views.named(panel, instrument.name() + " totals over time");
        panel.getAccessibleContext().setAccessibleDescription(describe(instrument, administrations));
        return panel;
    }

    static JFreeChart chart(Instrument instrument, List<Administration> administrations, ZoneId zone) {
        XYSeries totals = new XYSeries("Total", true, true);
        for (Administration a : administrations) {
            if (a.score().complete()) {
                totals.add((double) a.administeredAt().toInstant().toEpochMilli(), a.score().total());
            }
        }
        Color background = UIManager.getColor("Panel.background");
        Color foreground = UIManager.getColor("Label.foreground");
        Color muted = Views.mutedColor();
        Font font = UIManager.getFont("Label.font");

        DateAxis time = new DateAxis();
        time.setTimeZone(TimeZone.getTimeZone(zone));
        time.setDateFormatOverride(dateFormat("d MMM yy", zone));
        time.setLowerMargin(0.03);
        time.setUpperMargin(0.03);
        NumberAxis score = new NumberAxis("Total");
        int min = instrument.itemCount() * instrument.minItemScore();
        int max = instrument.itemCount() * instrument.maxItemScore();
        score.setRange(min, max + 0.5);
        score.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        for (var axis : List.of(time, score)) {
            axis.setTickLabelFont(font.deriveFont(font.getSize2D() - 1));
            axis.setLabelFont(font);
            axis.setTickLabelPaint(muted);
            axis.setLabelPaint(muted);
            axis.setAxisLinePaint(muted);
            axis.setTickMarkPaint(muted);
        }

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        // on a dark background the Okabe-Ito sky blue keeps the line as visible as the blue does on light
        boolean dark = background.getRed() + background.getGreen() + background.getBlue() < 384;
        renderer.setSeriesPaint(0, dark ? new Color(0x56b4e9) : LINE);
        renderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{1}: total {2}",
                dateFormat("d MMM yyyy", zone), java.text.NumberFormat.getIntegerInstance(Locale.ENGLISH)));

        XYPlot plot = new XYPlot(new XYSeriesCollection(totals), time, score, renderer);
        plot.setBackgroundPaint(background);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(Views.borderColor());
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        List<Band> bands = instrument.bands();
        for (int i = 0; i < bands.size(); i++) {
            plot.addRangeMarker(marker(bands.get(i), i, bands.size(), foreground, font), Layer.BACKGROUND);
        }
        if (totals.getItemCount() == 1) {
            // one point has no time span: give the axis a month either side so the dot is not on the edge
            long at = totals.getX(0).longValue();
            long month = 30L * 24 * 3600 * 1000;
            time.setRange((double) (at - month), (double) (at + month));
        }

        JFreeChart chart = new JFreeChart(null, font, plot, false);
        chart.setBackgroundPaint(background);
        chart.setPadding(new RectangleInsets(4, 0, 0, 8));
        return chart;
    }

    /** Integer bands cover whole scores, so 5-9 is shaded from 4.5 to 9.5 and neighbours meet. */
    static IntervalMarker marker(Band band, int index, int count, Color text, Font font) {
        double half = isWhole(band.min()) && isWhole(band.max()) ? 0.5 : 0;
        IntervalMarker marker = new IntervalMarker(band.min().doubleValue() - half, band.max().doubleValue() + half);
        float depth = count <= 1 ? 0.08f : 0.02f + 0.16f * index / (count - 1);
        marker.setPaint(new Color(BAND.getRed(), BAND.getGreen(), BAND.getBlue(), Math.round(depth * 255)));
        marker.setOutlinePaint(null);
        marker.setLabel(band.label());
        marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        marker.setLabelFont(font.deriveFont(font.getSize2D() - 1.5f));
        marker.setLabelPaint(text);
        marker.setLabelAnchor(RectangleAnchor.LEFT);
        marker.setLabelTextAnchor(TextAnchor.CENTER_LEFT);
        marker.setLabelOffset(new RectangleInsets(0, 6, 0, 0));
        return marker;
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static SimpleDateFormat dateFormat(String pattern, ZoneId zone) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ENGLISH);
        format.setTimeZone(TimeZone.getTimeZone(zone));
        return format;
    }

    /** What the chart shows, in words, for screen readers. */
    static String describe(Instrument instrument, List<Administration> administrations) {
        List<Administration> complete = administrations.stream().filter(a -> a.score().complete()).toList();
        if (complete.isEmpty()) {
            return "No complete " + instrument.name() + " yet.";
        }
        Administration first = complete.get(0);
        Administration last = complete.get(complete.size() - 1);
        return complete.size() + " complete forms; first total " + first.score().requireTotal().stripTrailingZeros().toPlainString()
                + ", latest " + last.score().requireTotal().stripTrailingZeros().toPlainString()
                + (last.score().band() == null ? "" : " (" + last.score().band() + ")") + ".";
    }
}
