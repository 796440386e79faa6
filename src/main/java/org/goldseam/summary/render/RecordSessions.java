package org.goldseam.summary.render;

import static org.goldseam.summary.render.RecordText.blank;
import static org.goldseam.summary.render.RecordText.format;
import static org.goldseam.summary.render.RecordText.sectionName;
import static org.goldseam.summary.render.RecordText.shame;
import static org.goldseam.summary.render.RecordText.text;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.goldseam.export.ClientRecordExport.Addendum;
import org.goldseam.export.ClientRecordExport.Goal;
import org.goldseam.export.ClientRecordExport.GoalRating;
import org.goldseam.export.ClientRecordExport.Intervention;
import org.goldseam.export.ClientRecordExport.Note;
import org.goldseam.export.ClientRecordExport.Section;
import org.goldseam.export.ClientRecordExport.Theme;
import org.goldseam.export.ClientRecordExport;
import org.goldseam.framework.model.Category;
import org.goldseam.notes.AddendumKind;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.LateEntry;
import org.goldseam.notes.Modality;
import org.goldseam.notes.NoteStatus;
import org.goldseam.notes.NoteWording;
import org.goldseam.notes.SessionType;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * The sessions part of the client record: every session note oldest first, with its sections, themes,
 * interventions, goal ratings and addenda, and its private note when the export includes them.
 */
final class RecordSessions {
    private RecordSessions() {
    }

    static void add(Element body, ClientRecordExport record, RecordWording wording, RecordPlaces places) {
        Element section = places.section(body, "record-sessions", "Sessions", "the sessions");
        if (record.notes().isEmpty()) {
            Dom.put(section, "p", "No session has been recorded.");
            return;
        }
        Dom.put(section, "p", SummaryText.count(record.notes().size(), "session note") + ", oldest first. Theme intensity "
                + "is the clinician\u2019s rating from 0 to 10; a note signed more than 72 hours after its session is "
                + "marked as a late entry.", "class", "muted small");
        Map<Long, String> goalNames = new HashMap<>();
        for (Goal goal : record.goals()) {
            goalNames.put(goal.id(), goal.description());
        }
        for (Note note : record.notes()) {
            note(section, note, goalNames, wording, places);
        }
    }

    private static void note(Element parent, Note note, Map<Long, String> goalNames, RecordWording wording, RecordPlaces places) {
        String id = "note-" + note.id();
        String when = wording.dateTime(note.startsAt());
        places.name(id, "the session note of " + when);
        Element box = Dom.el(parent, "div", "class", "note", "id", id);
        Dom.put(box, "h3", "Session of " + when);
        Dom.put(box, "p", note.durationMinutes() + " minutes \u00b7 " + NoteWording.of(SessionType.fromDb(note.sessionType()))
                + " \u00b7 " + NoteWording.of(Modality.fromDb(note.modality())) + " \u00b7 "
                + NoteWording.of(Attendance.fromDb(note.attendance())) + " \u00b7 " + format(note.format()) + " note", "class", "meta");
        Element status = Dom.el(box, "p", "class", "meta");
        if (NoteStatus.fromDb(note.status()) == NoteStatus.SIGNED) {
            String signed = "Signed" + (note.signedBy() == null ? "" : " by " + note.signedBy())
                    + (note.signedAt() == null ? "" : " on " + wording.dateTime(note.signedAt()));
            if (note.signedAt() != null && LateEntry.isLate(Instant.parse(note.startsAt()), Instant.parse(note.signedAt()))) {
                signed += " \u00b7 late entry (signed more than 72 hours after the session)";
            }
            Dom.text(status, signed);
            if (note.contentHash() != null) {
                Dom.put(box, "p", "Content hash (SHA-256 of the signed note): " + note.contentHash(), "class", "hash");
            }
        } else {
            Dom.text(status, "Draft: not signed, so it may still change");
        }
        if (note.summaryLine() != null && !note.summaryLine().isBlank()) {
            Element line = Dom.el(box, "p");
            Dom.put(line, "strong", "In brief: ");
            Dom.text(line, note.summaryLine());
        }
        for (Section part : note.sections()) {
            if (part.text() == null || part.text().isBlank()) {
                continue;
            }
            Dom.put(box, "h4", sectionName(part.name()));
            text(box, part.text());
        }
        if (!note.themes().isEmpty()) {
            Dom.put(box, "h4", "Themes");
            Element table = ClinicalSections.table(box, "Theme", "Kind", "Intensity", "In the client\u2019s words");
            ((Element) table.getParentNode()).setAttribute("class", "data themes");
            for (Theme theme : note.themes()) {
                Element row = Dom.el(table, "tr");
                Dom.put(row, "td", RecordSessions.label(theme.label(), theme.labelNow()));
                Dom.put(row, "td", SummaryText.category(Category.fromCode(theme.category()))
                        + (theme.shameKind() == null ? "" : " \u00b7 " + shame(theme.shameKind())));
                Dom.put(row, "td", Integer.toString(theme.intensity()), "class", "num");
                Dom.put(row, "td", theme.verbatimQuote() == null ? "" : "\u201C" + theme.verbatimQuote() + "\u201D");
            }
        }
        if (!note.interventions().isEmpty()) {
            Dom.put(box, "h4", "Interventions");
            Element list = Dom.el(box, "ul", "class", "plain");
            for (Intervention intervention : note.interventions()) {
                Dom.put(list, "li", label(intervention.label(), intervention.labelNow())
                        + (blank(intervention.detail()) ? "" : ": " + intervention.detail()));
            }
        }
        if (!note.goalProgress().isEmpty()) {
            Dom.put(box, "h4", "Progress on goals");
            Element list = Dom.el(box, "ul", "class", "plain");
            for (GoalRating rating : note.goalProgress()) {
                // the goal as the note names it (at signing), else as the goal list names it
                String goal = rating.goal() != null ? rating.goal() : goalNames.getOrDefault(rating.goalId(), "Goal " + rating.goalId());
                Dom.put(list, "li", goal + ": " + rating.rating() + " of 10" + (blank(rating.comment()) ? "" : ". " + rating.comment()));
            }
        }
        for (Addendum addendum : note.addenda()) {
            Element block = Dom.el(box, "div", "class", "addendum");
            Dom.put(block, "h4", NoteWording.of(AddendumKind.fromDb(addendum.kind())) + " by " + addendum.author()
                    + ", " + wording.dateTime(addendum.createdAt()));
            text(block, addendum.text());
        }
        if (note.privateNotes() != null && !note.privateNotes().isBlank()) {
            Element block = Dom.el(box, "div", "class", "private", "id", id + "-private");
            places.name(id + "-private", "the private note of the session of " + when);
            Dom.put(block, "h4", "Private psychotherapy note \u2014 not part of the client\u2019s record");
            text(block, note.privateNotes());
        }
    }

    /** A signed note's label, with today's after it when the taxonomy has relabelled the entry since. */
    private static String label(String atSigning, @Nullable String now) {
        return now == null ? atSigning : atSigning + " (now: " + now + ")";
    }
}
