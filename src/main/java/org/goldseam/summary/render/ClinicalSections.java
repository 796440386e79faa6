package org.goldseam.summary.render;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.framework.model.FormulationRole;
import org.goldseam.framework.trend.TrendMeaning;
import org.goldseam.framework.trend.TrendRule;
import org.goldseam.summary.SummaryDocument.AttachmentView;
import org.goldseam.summary.SummaryDocument.CriticLine;
import org.goldseam.summary.SummaryDocument.FormulationView;
import org.goldseam.summary.SummaryDocument.GoalPoint;
import org.goldseam.summary.SummaryDocument.GoalSeries;
import org.goldseam.summary.SummaryDocument.HeatRow;
import org.goldseam.summary.SummaryDocument.MeasureSeries;
import org.goldseam.summary.SummaryDocument.ShameMonth;
import org.goldseam.summary.SummaryDocument.ThemeStat;
import org.goldseam.summary.SummaryDocument;
import org.goldseam.summary.SummarySection;
import org.w3c.dom.Element;

/** The clinical sections of a summary: measures, themes and heat map, shame, formulation, attachment, goals, inner critic. */
final class ClinicalSections {
    /** Sessions per heat-map table; wider periods continue in a second table below. */
    static final int HEAT_COLUMNS = 26;

    private final SummaryDocument summary;
    private final List<ChartSpec> charts;
    private final SummaryCharts chartBuilder;

    ClinicalSections(SummaryDocument summary, List<ChartSpec> charts) {
        this.summary = summary;
        this.charts = charts;
        this.chartBuilder = new SummaryCharts(summary.header().period());
    }

    void fill(SummarySection section, Element body) {
        switch (section) {
            case MEASURES -> measures(body);
            case THEMES -> themes(body);
            case SHAME -> shame(body);
            case FORMULATION -> formulation(body);
            case ATTACHMENT -> attachment(body);
            case GOALS -> goals(body);
            case INNER_CRITIC -> innerCritic(body);
            default -> throw new IllegalArgumentException(section.name());
        }
    }

    /** A data table with one header row; returns the body to add rows to. */
    static Element table(Element parent, String... headings) {
        Element table = Dom.el(parent, "table", "class", "data");
        Element head = Dom.el(Dom.el(table, "thead"), "tr");
        for (String heading : headings) {
            Dom.put(head, "th", heading, "scope", "col");
        }
        return Dom.el(table, "tbody");
    }

    private void chart(Element parent, ChartSpec spec, String size) {
        charts.add(spec);
        Dom.el(parent, "object", "type", SummaryXhtml.CHART_TYPE, "data-chart", spec.id(), "class", "chart " + size,
                "alt", spec.altText());
    }

    private void measures(Element body) {
        if (summary.measures().isEmpty()) {
            Dom.put(body, "p", "No outcome measure was given in this period.");
            return;
        }
        Element rows = table(body, "Instrument", "First in period", "Last in period", "Change", "Forms");
        for (MeasureSeries series : summary.measures()) {
            Element row = Dom.el(rows, "tr");
            Dom.put(row, "td", series.name());
            if (series.points().isEmpty()) {
                Dom.put(row, "td", "no complete form");
                Dom.put(row, "td", "");
                Dom.put(row, "td", "");
            } else {
                Dom.put(row, "td", SummaryText.score(series.first()) + ", " + SummaryText.date(series.first().date()));
                Dom.put(row, "td", SummaryText.score(series.last()) + ", " + SummaryText.date(series.last().date()));
                Dom.put(row, "td", signed(series.last().score().subtract(series.first().score())), "class", "num");
            }
            String forms = Integer.toString(series.points().size());
            Dom.put(row, "td", series.incompleteForms() == 0 ? forms
                    : forms + " (+" + series.incompleteForms() + " incomplete, not scored)", "class", "num");
        }
        int index = 0;
        for (MeasureSeries series : summary.measures()) {
            if (!series.points().isEmpty()) {
                Element figure = Dom.el(body, "div", "class", "figure");
                Dom.put(figure, "h3", series.name());
                chart(figure, chartBuilder.measure("measure-" + index++, series), "tall");
            }
        }
    }

    private static String signed(BigDecimal change) {
        String number = SummaryText.number(change.abs());
        return change.signum() > 0 ? "+" + number : change.signum() < 0 ? "\u2212" + number : "0";
    }

    private void themes(Element body) {
        if (summary.themes().isEmpty()) {
            Dom.put(body, "p", "No theme was noted in more than one attended session in this period.");
            return;
        }
        Element rows = table(body, "Theme", "Kind", "Sessions", "Mean intensity", "Trend");
        int attended = summary.attendance().attended();
        for (ThemeStat theme : summary.themes()) {
            Element row = Dom.el(rows, "tr");
            Element label = Dom.el(row, "td");
            Dom.el(label, "span", "class", "chip", "style", "background-color: " + Palette.css(Palette.of(theme.category())));
            Dom.text(label, theme.label());
            Dom.put(row, "td", SummaryText.category(theme.category()));
            Dom.put(row, "td", theme.sessions() + " of " + attended, "class", "num");
            Dom.put(row, "td", SummaryText.oneDecimal(theme.meanIntensity()), "class", "num");
            // the meaning in words and in colour, never colour alone: "↑ rising", then "worsening" beneath
            String kind = switch (theme.meaning()) {
                case WORSENING -> "trend worsening";
                case IMPROVING -> "trend improving";
                case NONE -> "trend";
            };
            Element trend = Dom.el(row, "td", "class", kind);
            Dom.text(trend, theme.trend().arrow() + " " + theme.trend().word());
            if (theme.meaning() != TrendMeaning.NONE) {
                Dom.put(trend, "span", theme.meaning().word(), "class", "meaning");
            }
        }
        Dom.put(body, "p", "Trend: a straight line fitted (least squares) to the theme's intensity over the attended "
                + "sessions it came up in; a fitted change of " + SummaryText.oneDecimal(TrendRule.CHANGE_TENTHS / 10.0)
                + " points or more across those sessions is rising or falling, less is steady, and fewer than "
                + TrendRule.MIN_SESSIONS + " sessions are too few to say. Rising is worsening for a difficulty (trigger, "
                + "defense, core belief, cost, relational pattern) and improving for a strength.",
                "class", "caption");
        heatMap(body);
    }

    private void heatMap(Element body) {
        List<LocalDate> dates = summary.heatMap().sessionDates();
        Dom.put(body, "h3", "Theme intensity by session");
        for (int start = 0; start < dates.size(); start += HEAT_COLUMNS) {
            int end = Math.min(dates.size(), start + HEAT_COLUMNS);
            Element table = Dom.el(body, "table", "class", "heat");
            Element head = Dom.el(Dom.el(table, "thead"), "tr");
            Dom.put(head, "th", "Theme", "scope", "col", "class", "theme");
            for (int c = start; c < end; c++) {
                Element th = Dom.el(head, "th", "scope", "col");
                Dom.text(th, SummaryText.day(dates.get(c)));
                Dom.el(th, "br");
                Dom.text(th, SummaryText.shortMonth(dates.get(c)));
            }
            Element rows = Dom.el(table, "tbody");
            for (HeatRow heat : summary.heatMap().rows()) {
                Element row = Dom.el(rows, "tr");
                Dom.put(row, "th", heat.label(), "scope", "row", "class", "theme");
                for (int c = start; c < end; c++) {
                    Integer intensity = heat.intensities().get(c);
                    if (intensity == null) {
                        Dom.el(row, "td", "class", "none");
                    } else {
                        Color fill = Palette.heat(heat.category(), intensity);
                        Dom.put(row, "td", intensity.toString(), "style", "background-color: " + Palette.css(fill)
                                + "; color: " + Palette.css(Palette.textOn(fill)));
                    }
                }
            }
        }
        Dom.put(body, "p", "Each column is an attended session. The number is the theme's intensity (0 to 10), also "
                + "shown by the depth of its category's colour; a grey cell means the theme was not noted that day.",
                "class", "caption");
    }

    private void shame(Element body) {
        List<ShameMonth> months = summary.shame();
        if (months.isEmpty()) {
            Dom.put(body, "p", "No observation in this period was marked as core or adaptive shame.");
            return;
        }
        int core = months.stream().mapToInt(ShameMonth::core).sum();
        int adaptive = months.stream().mapToInt(ShameMonth::adaptive).sum();
        ShameMonth first = months.get(0);
        ShameMonth last = months.get(months.size() - 1);
        StringBuilder text = new StringBuilder("Observations marked core shame (global, about the self): " + core
                + "; adaptive shame (proportionate, about an act): " + adaptive + ".");
        if (months.size() > 1) {
            text.append(" Core shame made up ").append(share(first)).append(" of them in ")
                    .append(SummaryText.month(first.month())).append(" and ").append(share(last)).append(" in ")
                    .append(SummaryText.month(last.month())).append('.');
        }
        // the sentence and its chart stay on one page
        Element figure = Dom.el(body, "div", "class", "figure");
        Dom.put(figure, "p", text.toString());
        chart(figure, chartBuilder.shame("shame", months), "short");
    }

    private static String share(ShameMonth month) {
        int total = month.core() + month.adaptive();
        return Math.round(100f * month.core() / total) + "%";
    }

    private void formulation(Element body) {
        FormulationView view = summary.formulation();
        if (view == null) {
            Dom.put(body, "p", "No formulation has been recorded for this client.");
            return;
        }
        Dom.put(body, "p", "The current formulation (version " + view.version() + ", recorded "
                + SummaryText.date(view.recordedOn()) + "). The cycle runs from trigger to cost and back to the trigger.",
                "class", "muted");
        Element table = Dom.el(body, "table", "class", "cycle");
        Element head = Dom.el(Dom.el(table, "thead"), "tr");
        Element cells = Dom.el(Dom.el(table, "tbody"), "tr");
        int step = 1;
        for (FormulationRole role : FormulationRole.values()) {
            String arrow = role == FormulationRole.COST ? "  \u21BA" : "  \u2192";
            Dom.put(head, "th", step++ + "  " + SummaryText.role(role) + arrow, "scope", "col");
            List<String> labels = view.labels().getOrDefault(role, List.of());
            Dom.put(cells, "td", labels.isEmpty() ? "none recorded" : String.join(", ", labels));
        }
        if (view.narrative() != null && !view.narrative().isBlank()) {
            Dom.put(body, "p", view.narrative());
        }
    }

    private void attachment(Element body) {
        AttachmentView view = summary.attachment();
        if (view == null) {
            Dom.put(body, "p", "No attachment history has been recorded for this client.");
            return;
        }
        Element facts = Dom.el(Dom.el(body, "table", "class", "facts"), "tbody");
        row(facts, "Style", SummaryText.attachment(view.style()));
        if (view.anxiety() != null) {
            row(facts, "Anxiety", view.anxiety() + " on a scale of 1 to 7");
        }
        if (view.avoidance() != null) {
            row(facts, "Avoidance", view.avoidance() + " on a scale of 1 to 7");
        }
        row(facts, "Relational patterns", view.patterns().isEmpty() ? "none recorded" : String.join(", ", view.patterns()));
        row(facts, "Recorded", SummaryText.date(view.recordedOn()));
        Dom.put(body, "p", "The style is the clinician's judgement, not the score of a test.", "class", "caption");
    }

    private void goals(Element body) {
        List<GoalSeries> goals = summary.goals();
        if (goals.isEmpty()) {
            Dom.put(body, "p", "No treatment goal was open in this period.");
            return;
        }
        Element rows = table(body, "No.", "Goal", "Status", "Target date", "Progress in period (0 to 10)");
        boolean anyRated = false;
        for (GoalSeries goal : goals) {
            Element row = Dom.el(rows, "tr");
            Dom.put(row, "td", Integer.toString(goal.number()), "class", "num");
            Dom.put(row, "td", goal.description());
            Dom.put(row, "td", SummaryText.goalStatus(goal.status()));
            Dom.put(row, "td", goal.targetDate() == null ? "none" : SummaryText.date(goal.targetDate()), "class", "trend");
            List<GoalPoint> points = goal.points();
            anyRated |= !points.isEmpty();
            Dom.put(row, "td", points.isEmpty() ? "not rated" : points.get(0).rating() + " \u2192 "
                    + points.get(points.size() - 1).rating() + " (" + SummaryText.count(points.size(), "rating") + ")");
        }
        if (anyRated) {
            Element figure = Dom.el(body, "div", "class", "figure");
            Dom.put(figure, "h3", "Progress ratings in the period");
            chart(figure, chartBuilder.goals("goals", goals), "tall");
        }
    }

    private void innerCritic(Element body) {
        List<CriticLine> lines = summary.innerCritic();
        if (lines.isEmpty()) {
            Dom.put(body, "p", "No inner-critic statement was recorded in this period.");
            return;
        }
        Element rows = table(body, "Statement", "Times heard", "Last heard");
        for (CriticLine line : lines) {
            Element row = Dom.el(rows, "tr");
            Dom.put(row, "td", "\u201C" + line.text() + "\u201D");
            Dom.put(row, "td", Integer.toString(line.timesInPeriod()), "class", "num");
            Dom.put(row, "td", SummaryText.date(line.lastHeard()), "class", "trend");
        }
    }

    private void row(Element body, String label, String value) {
        Element row = Dom.el(body, "tr");
        Dom.put(row, "th", label, "scope", "row");
        Dom.put(row, "td", value);
    }
}
