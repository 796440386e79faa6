package org.goldseam.summary.render;

import static org.goldseam.summary.render.RecordText.blank;
import static org.goldseam.summary.render.RecordText.fact;
import static org.goldseam.summary.render.RecordText.factIfAny;
import static org.goldseam.summary.render.RecordText.text;
import static org.goldseam.summary.render.RecordText.words;

import java.util.List;
import org.goldseam.export.ClientRecordExport.Attachment;
import org.goldseam.export.ClientRecordExport.Formulation;
import org.goldseam.export.ClientRecordExport;
import org.goldseam.framework.model.AttachmentStyle;
import org.w3c.dom.Element;

/** Every version of the client's formulation, then every version of their attachment notes. */
final class RecordFormulationAndAttachment {
    private RecordFormulationAndAttachment() {
    }

    static void add(Element body, ClientRecordExport record, RecordWording wording, RecordPlaces places) {
        formulations(body, record, wording, places);
        attachments(body, record, wording, places);
    }

    private static void formulations(Element body, ClientRecordExport record, RecordWording wording, RecordPlaces places) {
        Element section = places.section(body, "record-formulation", "Formulation, every version", "the formulation");
        if (record.formulations().isEmpty()) {
            Dom.put(section, "p", "No formulation has been recorded.");
            return;
        }
        for (Formulation version : record.formulations()) {
            Element box = Dom.el(section, "div", "class", "version");
            Dom.put(box, "h3", "Version " + version.version() + ", recorded " + wording.dateTime(version.recordedAt()));
            Element table = Dom.el(box, "table", "class", "cycle");
            Element head = Dom.el(Dom.el(table, "thead"), "tr");
            Element cells = Dom.el(Dom.el(table, "tbody"), "tr");
            String[] labels = {"Triggers", "Core beliefs", "Defenses", "Costs"};
            List<List<String>> columns = List.of(version.triggers(), version.coreBeliefs(), version.defenses(), version.costs());
            for (int i = 0; i < labels.length; i++) {
                Dom.put(head, "th", labels[i], "scope", "col");
                Element cell = Dom.el(cells, "td");
                if (columns.get(i).isEmpty()) {
                    Dom.put(cell, "div", "\u2014", "class", "muted");
                }
                for (String item : columns.get(i)) {
                    Dom.put(cell, "div", wording.label(item));
                }
            }
            if (version.narrative() != null && !version.narrative().isBlank()) {
                text(box, version.narrative());
            }
        }
    }

    private static void attachments(Element body, ClientRecordExport record, RecordWording wording, RecordPlaces places) {
        Element section = places.section(body, "record-attachment", "Attachment notes, every version", "the attachment notes");
        if (record.attachmentHistory().isEmpty()) {
            Dom.put(section, "p", "No attachment notes have been recorded.");
            return;
        }
        for (Attachment version : record.attachmentHistory()) {
            Element box = Dom.el(section, "div", "class", "version");
            Dom.put(box, "h3", "Version " + version.version() + ", recorded " + wording.dateTime(version.recordedAt()));
            Element facts = Dom.el(Dom.el(box, "table", "class", "facts"), "tbody");
            fact(facts, "Style", SummaryText.attachment(AttachmentStyle.fromCode(version.style())));
            if (version.anxiety() != null) {
                fact(facts, "Anxiety", version.anxiety() + " of 10");
            }
            if (version.avoidance() != null) {
                fact(facts, "Avoidance", version.avoidance() + " of 10");
            }
            factIfAny(facts, "Caregiver attunement",
                    version.caregiverAttunement() == null ? null : words(version.caregiverAttunement()));
            factIfAny(facts, "Early experiences", String.join(", ", version.earlyExperiences().stream().map(RecordText::words).toList()));
            factIfAny(facts, "Relationship patterns", String.join(", ", version.relationshipPatterns().stream().map(wording::label).toList()));
            if (version.narrative() != null && !version.narrative().isBlank()) {
                text(box, version.narrative());
            }
        }
    }
}
