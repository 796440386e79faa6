package org.goldseam.summary.render;

import static org.goldseam.summary.render.RecordText.date;
import static org.goldseam.summary.render.RecordText.number;

import java.util.ArrayList;
import java.util.List;
import org.goldseam.export.ClientRecordExport.Goal;
import org.goldseam.export.ClientRecordExport.GoalPoint;
import org.goldseam.export.ClientRecordExport.Measure;
import org.goldseam.export.ClientRecordExport.SubscaleResult;
import org.goldseam.export.ClientRecordExport;
import org.goldseam.framework.model.GoalStatus;
import org.w3c.dom.Element;

/** The client record's questionnaires, with subscales and item answers, then its treatment goals with every progress rating. */
final class RecordMeasuresAndGoals {
    private RecordMeasuresAndGoals() {
    }


    static void add(Element body, ClientRecordExport record, RecordWording wording, RecordPlaces places) {
        measures(body, record, wording, places);
        goals(body, record, wording, places);
    }

    private static void measures(Element body, ClientRecordExport record, RecordWording wording, RecordPlaces places) {
        Element section = places.section(body, "record-measures", "Questionnaires", "the questionnaires");
        if (record.measures().isEmpty()) {
            Dom.put(section, "p", "No questionnaire has been recorded.");
            return;
        }
        Element table = ClinicalSections.table(section, "Date", "Questionnaire", "Total", "Band", "Complete", "Subscales and answers");
        ((Element) table.getParentNode()).setAttribute("class", "data measures");
        for (Measure measure : record.measures()) {
            Element row = Dom.el(table, "tr");
            Dom.put(row, "td", wording.dateTime(measure.administeredAt()), "class", "trend");
            Dom.put(row, "td", wording.instrumentName().apply(measure.instrument()), "class", "fit");
            Dom.put(row, "td", measure.total() == null ? "" : number(measure.total()), "class", "num");
            Dom.put(row, "td", measure.band() == null ? "" : measure.band(), "class", "fit");
            Dom.put(row, "td", measure.complete() ? "Yes" : "Incomplete", "class", "fit");
            Element detail = Dom.el(row, "td");
            for (SubscaleResult subscale : measure.subscales()) {
                Dom.put(detail, "div", subscale.label() + ": " + (subscale.score() == null ? "not scored" : number(subscale.score()))
                        + (subscale.band() == null ? "" : " (" + subscale.band() + ")"));
            }
            if (measure.answers() != null && !measure.answers().isEmpty()) {
                List<String> answers = new ArrayList<>();
                measure.answers().forEach((item, score) -> answers.add(item + ": " + score));
                Dom.put(detail, "div", "Item answers \u2014 " + String.join(", ", answers), "class", "muted small");
            }
        }
    }

    private static void goals(Element body, ClientRecordExport record, RecordWording wording, RecordPlaces places) {
        Element section = places.section(body, "record-goals", "Treatment goals", "the treatment goals");
        if (record.goals().isEmpty()) {
            Dom.put(section, "p", "No treatment goal has been recorded.");
            return;
        }
        for (Goal goal : record.goals()) {
            Element box = Dom.el(section, "div", "id", "goal-" + goal.id());
            places.name("goal-" + goal.id(), "a treatment goal");
            Dom.put(box, "h3", goal.description());
            List<String> facts = new ArrayList<>();
            facts.add(SummaryText.goalStatus(GoalStatus.fromCode(goal.status())));
            facts.add("set on " + date(goal.createdOn()));
            if (goal.targetDate() != null) {
                facts.add("target " + date(goal.targetDate()));
            }
            if (goal.closedOn() != null) {
                facts.add("closed on " + date(goal.closedOn()));
            }
            Dom.put(box, "p", String.join(" \u00b7 ", facts), "class", "meta");
            if (goal.progress().isEmpty()) {
                Dom.put(box, "p", "No progress rating yet.", "class", "muted small");
                continue;
            }
            Element table = ClinicalSections.table(box, "Session", "Rating (0\u201310)", "Comment");
            ((Element) table.getParentNode()).setAttribute("class", "data ratings");
            for (GoalPoint point : goal.progress()) {
                Element row = Dom.el(table, "tr");
                Dom.put(row, "td", wording.dateTime(point.sessionStartsAt()), "class", "trend");
                Dom.put(row, "td", Integer.toString(point.rating()), "class", "num");
                Dom.put(row, "td", point.comment() == null ? "" : point.comment());
            }
        }
    }
}
