package org.goldseam.summary.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.goldseam.framework.measure.Band;
import org.goldseam.summary.SummaryDocument.GoalPoint;
import org.goldseam.summary.SummaryDocument.GoalSeries;
import org.goldseam.summary.SummaryDocument.MeasurePoint;
import org.goldseam.summary.SummaryDocument.MeasureSeries;
import org.goldseam.summary.SummaryDocument.ShameMonth;
import org.goldseam.summary.SummaryPeriod;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the summary's charts with JFreeChart. Sizes are CSS pixels (the PDF draws them at 72/96),
 * so a 10 px label prints at 7.5 pt. Every chart states in its alternative text what a sighted
 * reader would take from it.
 */
final class SummaryCharts {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final long DAY_MILLIS = 86_400_000L;

    private final SummaryFonts fonts = SummaryFonts.get();
    private final SummaryPeriod period;

    SummaryCharts(SummaryPeriod period) {
        this.period = period;
    }

    ChartSpec measure(String id, MeasureSeries series) {
        XYSeries scores = new XYSeries("Total score");
        for (MeasurePoint point : series.points()) {
            scores.add(x(point.date()), point.score());
        }
        XYPlot plot = new XYPlot(new XYSeriesCollection(scores), dateAxis(), new NumberAxis("Total score"), lineRenderer(1));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(series.scaleMin().doubleValue(), series.scaleMax().doubleValue() + 0.5);
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        List<String> texts = new ArrayList<>(List.of("Total score"));
        List<Band> bands = series.bands();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            // integer scores: shade from half a point below to half above, so neighbouring bands meet
            IntervalMarker marker = new IntervalMarker(band.min().doubleValue() - 0.5, band.max().doubleValue() + 0.5,
                    Palette.band(i, bands.size()));
            marker.setLabel(band.label());
            marker.setLabelFont(fonts.chartFont(band.label(), 9f, false));
            marker.setLabelPaint(new Color(0x6B5A2E));
            marker.setLabelBackgroundColor(Palette.band(i, bands.size()));
            marker.setLabelAnchor(RectangleAnchor.RIGHT);
            marker.setLabelTextAnchor(TextAnchor.CENTER_RIGHT);
            marker.setLabelOffset(new RectangleInsets(0, 0, 0, 4));
            plot.addRangeMarker(marker, Layer.BACKGROUND);
            texts.add(band.label());
        }
        return new ChartSpec(id, finish(plot, false), measureAlt(series), texts);
    }

    ChartSpec goals(String id, List<GoalSeries> goals) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<String> texts = new ArrayList<>(List.of("Progress (0 to 10)"));
        for (GoalSeries goal : goals) {
            XYSeries series = new XYSeries("Goal " + goal.number());
            goal.points().forEach(p -> series.add(x(p.date()), p.rating()));
            data.addSeries(series);
            texts.add("Goal " + goal.number());
        }
        NumberAxis range = new NumberAxis("Progress (0 to 10)");
        range.setRange(0, 10.3);
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, dateAxis(), range, lineRenderer(goals.size()));
        return new ChartSpec(id, finish(plot, goals.size() > 1), goalsAlt(goals), texts);
    }

    ChartSpec shame(String id, List<ShameMonth> months) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> texts = new ArrayList<>(List.of("Observations", "Core shame", "Adaptive shame"));
        for (ShameMonth month : months) {
            String label = SummaryText.month(month.month());
            data.addValue(month.core(), "Core shame", label);
            data.addValue(month.adaptive(), "Adaptive shame", label);
            texts.add(label);
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setSeriesPaint(0, Palette.CORE_SHAME);
        renderer.setSeriesPaint(1, Palette.ADAPTIVE_SHAME);
        renderer.setMaximumBarWidth(0.08);
        NumberAxis range = new NumberAxis("Observations");
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), range, renderer);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, fonts.chartFont(11f), plot, true);
        theme().apply(chart);
        legend(chart);
        chart.setBackgroundPaint(Color.WHITE);
        return new ChartSpec(id, chart, shameAlt(months), texts);
    }

    private JFreeChart finish(XYPlot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(null, fonts.chartFont(11f), plot, legend);
        theme().apply(chart);
        if (legend) {
            legend(chart);
        }
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private void legend(JFreeChart chart) {
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(fonts.chartFont(10f));
    }

    /** The theme sets every font JFreeChart would otherwise take from the system ("Tahoma"). */
    private StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Goldseam");
        Font regular = fonts.chartFont(10f);
        theme.setExtraLargeFont(fonts.chartFont(12f));
        theme.setLargeFont(regular);
        theme.setRegularFont(regular);
        theme.setSmallFont(fonts.chartFont(9f));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(Palette.GRID);
        theme.setAxisLabelPaint(Palette.INK);
        theme.setTickLabelPaint(Palette.INK);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    private DateAxis dateAxis() {
        DateAxis axis = new DateAxis(null, UTC, Locale.ENGLISH);
        axis.setDateFormatOverride(dateFormat());
        axis.setRange(x(period.from()) - DAY_MILLIS / 2.0, x(period.to()) + DAY_MILLIS / 2.0);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        return axis;
    }

    private static SimpleDateFormat dateFormat() {
        SimpleDateFormat format = new SimpleDateFormat("d MMM yy", Locale.ENGLISH);
        format.setTimeZone(UTC);
        return format;
    }

    private static XYLineAndShapeRenderer lineRenderer(int series) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        // the chart theme would otherwise replace these with its own default series colours
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setAutoPopulateSeriesShape(false);
        for (int i = 0; i < series; i++) {
            renderer.setSeriesPaint(i, series == 1 ? Palette.MEASURE_LINE : Palette.SERIES.get(i % Palette.SERIES.size()));
            renderer.setSeriesStroke(i, new BasicStroke(1.6f));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        return renderer;
    }

    /** Noon UTC of the day, in epoch milliseconds: the axis shows calendar days, untouched by time zones. */
    private static double x(LocalDate day) {
        return day.toEpochDay() * DAY_MILLIS + DAY_MILLIS / 2.0;
    }

    private String measureAlt(MeasureSeries series) {
        StringBuilder alt = new StringBuilder("Line chart of " + series.name() + " total scores from "
                + SummaryText.date(period.from()) + " to " + SummaryText.date(period.to()) + ". ");
        if (series.points().isEmpty()) {
            alt.append("No complete administration in the period. ");
        } else {
            BigDecimal high = series.points().stream().map(MeasurePoint::score).max(BigDecimal::compareTo).orElseThrow();
            BigDecimal low = series.points().stream().map(MeasurePoint::score).min(BigDecimal::compareTo).orElseThrow();
            alt.append(SummaryText.count(series.points().size(), "complete administration")).append(": from ")
                    .append(SummaryText.score(series.first())).append(" on ").append(SummaryText.date(series.first().date()))
                    .append(" to ").append(SummaryText.score(series.last())).append(" on ")
                    .append(SummaryText.date(series.last().date())).append("; highest ").append(SummaryText.number(high))
                    .append(", lowest ").append(SummaryText.number(low)).append(". ");
        }
        if (!series.bands().isEmpty()) {
            alt.append("Shaded severity bands: ");
            List<String> bands = new ArrayList<>();
            for (Band band : series.bands()) {
                bands.add(band.label() + " " + SummaryText.number(band.min()) + " to " + SummaryText.number(band.max()));
            }
            alt.append(String.join(", ", bands)).append('.');
        }
        return alt.toString().strip();
    }

    private String goalsAlt(List<GoalSeries> goals) {
        List<String> parts = new ArrayList<>();
        for (GoalSeries goal : goals) {
            List<GoalPoint> points = goal.points();
            parts.add(points.isEmpty() ? "goal " + goal.number() + " not rated"
                    : "goal " + goal.number() + " from " + points.get(0).rating() + " to "
                    + points.get(points.size() - 1).rating() + " over " + SummaryText.count(points.size(), "rating"));
        }
        return "Line chart of progress ratings from 0 to 10 for " + SummaryText.count(goals.size(), "goal") + ", "
                + SummaryText.date(period.from()) + " to " + SummaryText.date(period.to()) + ": "
                + String.join("; ", parts) + ".";
    }

    private static String shameAlt(List<ShameMonth> months) {
        List<String> parts = new ArrayList<>();
        for (ShameMonth month : months) {
            parts.add(SummaryText.month(month.month()) + ": " + month.core() + " core, " + month.adaptive() + " adaptive");
        }
        return "Stacked bar chart of theme observations marked core or adaptive shame, by month. "
                + String.join("; ", parts) + ".";
    }
}
