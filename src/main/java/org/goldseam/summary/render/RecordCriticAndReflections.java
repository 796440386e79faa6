package org.goldseam.summary.render;

import static org.goldseam.summary.render.RecordText.text;

import org.goldseam.export.ClientRecordExport;
import org.goldseam.export.ClientRecordExport.CriticLine;
import org.goldseam.export.ClientRecordExport.Reflection;
import org.w3c.dom.Element;

/** The end of the client record: the inner-critic statements the client voiced, then their reflective answers. */
final class RecordCriticAndReflections {
    private RecordCriticAndReflections() {
    }

    static void add(Element body, ClientRecordExport record, RecordWording wording, RecordPlaces places) {
        critic(body, record, wording, places);
        reflections(body, record, wording, places);
    }

    private static void critic(Element body, ClientRecordExport record, RecordWording wording, RecordPlaces places) {
        Element section = places.section(body, "record-inner-critic", "Inner-critic statements", "the inner-critic statements");
        if (record.innerCritic().isEmpty()) {
            Dom.put(section, "p", "No inner-critic statement has been recorded.");
            return;
        }
        Dom.put(section, "p", "Lines the client voiced in their own words, as the clinician recorded them.", "class", "muted small");
        Element table = ClinicalSections.table(section, "Statement", "First heard", "Last heard", "Times");
        for (CriticLine line : record.innerCritic()) {
            Element row = Dom.el(table, "tr");
            Dom.put(row, "td", "\u201C" + line.text() + "\u201D");
            Dom.put(row, "td", wording.dateTime(line.firstHeard()), "class", "trend");
            Dom.put(row, "td", wording.dateTime(line.lastHeard()), "class", "trend");
            Dom.put(row, "td", Integer.toString(line.timesHeard()), "class", "num");
        }
    }

    private static void reflections(Element body, ClientRecordExport record, RecordWording wording, RecordPlaces places) {
        Element section = places.section(body, "record-reflections", "Reflective questions", "the reflective answers");
        if (record.reflectiveAnswers().isEmpty()) {
            Dom.put(section, "p", "No reflective answer has been recorded.");
            return;
        }
        for (Reflection reflection : record.reflectiveAnswers()) {
            Element box = Dom.el(section, "div", "class", "version");
            Dom.put(box, "h3", reflection.prompt());
            Dom.put(box, "p", "Answered " + wording.dateTime(reflection.answeredAt()), "class", "meta");
            text(box, reflection.answer());
        }
    }
}
