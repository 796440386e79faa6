package org.goldseam.summary.render;

import static org.goldseam.summary.render.RecordText.addIfAny;
import static org.goldseam.summary.render.RecordText.blank;
import static org.goldseam.summary.render.RecordText.capitalise;
import static org.goldseam.summary.render.RecordText.date;
import static org.goldseam.summary.render.RecordText.fact;
import static org.goldseam.summary.render.RecordText.factIfAny;
import static org.goldseam.summary.render.RecordText.format;
import static org.goldseam.summary.render.RecordText.number;
import static org.goldseam.summary.render.RecordText.sectionName;
import static org.goldseam.summary.render.RecordText.shame;
import static org.goldseam.summary.render.RecordText.text;
import static org.goldseam.summary.render.RecordText.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.goldseam.export.ClientRecordExport;
import org.goldseam.export.ClientRecordExport.Addendum;
import org.goldseam.export.ClientRecordExport.Attachment;
import org.goldseam.export.ClientRecordExport.Client;
import org.goldseam.export.ClientRecordExport.CriticLine;
import org.goldseam.export.ClientRecordExport.Formulation;
import org.goldseam.export.ClientRecordExport.Goal;
import org.goldseam.export.ClientRecordExport.GoalPoint;
import org.goldseam.export.ClientRecordExport.GoalRating;
import org.goldseam.export.ClientRecordExport.Intervention;
import org.goldseam.export.ClientRecordExport.Measure;
import org.goldseam.export.ClientRecordExport.Note;
import org.goldseam.export.ClientRecordExport.Reflection;
import org.goldseam.export.ClientRecordExport.RiskFlagEntry;
import org.goldseam.export.ClientRecordExport.RiskReviewPart;
import org.goldseam.export.ClientRecordExport.Section;
import org.goldseam.export.ClientRecordExport.SubscaleResult;
import org.goldseam.export.ClientRecordExport.Theme;
import org.goldseam.framework.model.AttachmentStyle;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.GoalStatus;
import org.goldseam.framework.model.RiskFlag;
import org.goldseam.notes.AddendumKind;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.LateEntry;
import org.goldseam.notes.Modality;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.NoteStatus;
import org.goldseam.notes.NoteWording;
import org.goldseam.notes.SessionType;
import org.goldseam.notes.ShameKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the XHTML of a client's exported record from a {@link ClientRecordExport}: the header with
 * what the record holds, the client's details, every session note oldest first (sections, themes,
 * interventions, goal ratings, addenda, and the private note only when the export includes them),
 * then measures, goals, formulation and attachment versions, the risk history, inner-critic lines and
 * reflective answers. Every string from the record enters as a DOM text node through {@link Dom}.
 */
final class RecordXhtml {
    static final String TEMPLATE = "/org/goldseam/summary/render/record.xhtml";
    static final String RECORD_STYLESHEET = "/org/goldseam/summary/render/record.css";
    /** The summary's footer, and the record's in its place. */
    private static final String SUMMARY_FOOTER_CSS = "content: \"Confidential \\2014  page \"";
    private static final String RECORD_FOOTER_CSS = "content: \"Confidential \\2014  client record \\2014  page \"";
    /** What the record's footer prints, for the glyph check. */
    static final String FOOTER = "Confidential \u2014 client record \u2014 page 0123456789 of";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final ClientRecordExport record;
    private final String exportedBy;
    private final ZoneId zone;
    private final Function<String, String> instrumentName;
    private final Function<String, String> entryLabel;
    private final Document document;
    private final Map<String, String> places = new HashMap<>();

    /** The finished document, its title, and names for its parts (by element id) for the glyph check. */
    record Built(Document document, String title, Map<String, String> places) {
    }

    private RecordXhtml(ClientRecordExport record, String exportedBy, ZoneId zone, Function<String, String> instrumentName,
                        Function<String, String> entryLabel) {
        this.record = record;
        this.exportedBy = exportedBy;
        this.zone = zone;
        this.instrumentName = instrumentName;
        this.entryLabel = entryLabel;
        this.document = Dom.parseTemplate(TEMPLATE);
    }

    /**
     * @param exportedBy who made the export (the account or clinician), for the header
     * @param zone the zone times are shown in (the record stores UTC)
     * @param instrumentName the printed name of a measure's instrument key ("phq9" to "PHQ-9")
     * @param entryLabel the label of a taxonomy key used by formulations and attachment notes, or null if unknown
     */
    static Built build(ClientRecordExport record, String exportedBy, ZoneId zone, Function<String, String> instrumentName,
                       Function<String, String> entryLabel) {
        RecordXhtml xhtml = new RecordXhtml(record, exportedBy, zone, instrumentName, entryLabel);
        String title = xhtml.header();
        Element body = Dom.byId(xhtml.document, "record-body");
        xhtml.client(body);
        xhtml.sessions(body);
        xhtml.measures(body);
        xhtml.goals(body);
        xhtml.formulations(body);
        xhtml.attachments(body);
        xhtml.risk(body);
        xhtml.critic(body);
        xhtml.reflections(body);
        return new Built(xhtml.document, title, Map.copyOf(xhtml.places));
    }

    private String header() {
        String name = record.client().fullName();
        String title = "Client record \u2014 " + name;
        Dom.byId(document, "title").setTextContent(Dom.clean(title));
        Dom.text(Dom.byId(document, "style"), stylesheet());
        Dom.text(Dom.byId(document, "running-header"), "Client record \u00b7 " + name);
        Dom.text(Dom.byId(document, "heading"), title);

        Element facts = Dom.byId(document, "facts-body");
        fact(facts, "Exported on", dateTime(record.exportedAt()));
        fact(facts, "Exported by", exportedBy);
        fact(facts, "Made with", "Goldseam " + record.goldseamVersion() + " (record format " + record.format()
                + ", version " + record.formatVersion() + ")");

        Element notice = Dom.byId(document, "contents-notice");
        Dom.put(notice, "p", "This document is the whole record Goldseam keeps for this client: their details, every "
                + "session note with its addenda and corrections, questionnaire results, treatment goals and progress, "
                + "every version of the formulation and of the attachment notes, every risk flag (open or resolved) with the "
                + "risk reviews, inner-critic statements and reflective answers. Times are " + zoneWords() + ".");
        if (record.includesPrivateNotes()) {
            notice.setAttribute("class", "notice warning");
            Element warning = Dom.el(notice, "p");
            Dom.put(warning, "strong", "This copy includes the clinician\u2019s private psychotherapy notes.");
            Dom.text(warning, " They are kept apart from the record and are not part of the client\u2019s right of access. "
                    + "Each one appears in a red-bordered block headed \u201CPrivate psychotherapy note\u201D under its session.");
        } else {
            Dom.put(notice, "p", "The clinician\u2019s private psychotherapy notes (process notes kept apart from the "
                    + "record) are not included.");
        }
        return title;
    }

    private void client(Element body) {
        Element section = section(body, "record-client", "Client details", "the client details");
        Client c = record.client();
        Element facts = Dom.el(Dom.el(section, "table", "class", "facts"), "tbody");
        factIfAny(facts, "Full name", c.fullName());
        factIfAny(facts, "Preferred name", c.preferredName());
        factIfAny(facts, "Pronouns", c.pronouns());
        factIfAny(facts, "Date of birth", date(c.dateOfBirth()));
        factIfAny(facts, "Email", c.email());
        factIfAny(facts, "Phone", c.phone());
        if (c.address() != null && !c.address().isBlank()) {
            Element row = Dom.el(facts, "tr");
            Dom.put(row, "th", "Address", "scope", "row");
            Dom.put(row, "td", c.address(), "class", "text");
        }
        List<String> contact = new ArrayList<>();
        addIfAny(contact, c.emergencyContactName());
        if (c.emergencyContactRelation() != null && !c.emergencyContactRelation().isBlank()) {
            contact.add("(" + c.emergencyContactRelation() + ")");
        }
        addIfAny(contact, c.emergencyContactPhone());
        factIfAny(facts, "Emergency contact", String.join(" ", contact));
        factIfAny(facts, "Referred by", c.referralSource());
        factIfAny(facts, "First seen", date(c.intakeDate()));
        factIfAny(facts, "Status", capitalise(c.status()));
        factIfAny(facts, "Discharged on", date(c.dischargeDate()));
    }

    private void sessions(Element body) {
        Element section = section(body, "record-sessions", "Sessions", "the sessions");
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
            note(section, note, goalNames);
        }
    }

    private void note(Element parent, Note note, Map<Long, String> goalNames) {
        String id = "note-" + note.id();
        String when = dateTime(note.startsAt());
        places.put(id, "the session note of " + when);
        Element box = Dom.el(parent, "div", "class", "note", "id", id);
        Dom.put(box, "h3", "Session of " + when);
        Dom.put(box, "p", note.durationMinutes() + " minutes \u00b7 " + NoteWording.of(SessionType.fromDb(note.sessionType()))
                + " \u00b7 " + NoteWording.of(Modality.fromDb(note.modality())) + " \u00b7 "
                + NoteWording.of(Attendance.fromDb(note.attendance())) + " \u00b7 " + format(note.format()) + " note", "class", "meta");
        Element status = Dom.el(box, "p", "class", "meta");
        if (NoteStatus.fromDb(note.status()) == NoteStatus.SIGNED) {
            String signed = "Signed" + (note.signedBy() == null ? "" : " by " + note.signedBy())
                    + (note.signedAt() == null ? "" : " on " + dateTime(note.signedAt()));
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
                Dom.put(row, "td", theme.label());
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
                Dom.put(list, "li", intervention.label() + (blank(intervention.detail()) ? "" : ": " + intervention.detail()));
            }
        }
        if (!note.goalProgress().isEmpty()) {
            Dom.put(box, "h4", "Progress on goals");
            Element list = Dom.el(box, "ul", "class", "plain");
            for (GoalRating rating : note.goalProgress()) {
                String goal = goalNames.getOrDefault(rating.goalId(), "Goal " + rating.goalId());
                Dom.put(list, "li", goal + ": " + rating.rating() + " of 10" + (blank(rating.comment()) ? "" : ". " + rating.comment()));
            }
        }
        for (Addendum addendum : note.addenda()) {
            Element block = Dom.el(box, "div", "class", "addendum");
            Dom.put(block, "h4", NoteWording.of(AddendumKind.fromDb(addendum.kind())) + " by " + addendum.author()
                    + ", " + dateTime(addendum.createdAt()));
            text(block, addendum.text());
        }
        if (note.privateNotes() != null && !note.privateNotes().isBlank()) {
            Element block = Dom.el(box, "div", "class", "private", "id", id + "-private");
            places.put(id + "-private", "the private note of the session of " + when);
            Dom.put(block, "h4", "Private psychotherapy note \u2014 not part of the client\u2019s record");
            text(block, note.privateNotes());
        }
    }

    private void measures(Element body) {
        Element section = section(body, "record-measures", "Questionnaires", "the questionnaires");
        if (record.measures().isEmpty()) {
            Dom.put(section, "p", "No questionnaire has been recorded.");
            return;
        }
        Element table = ClinicalSections.table(section, "Date", "Questionnaire", "Total", "Band", "Complete", "Subscales and answers");
        ((Element) table.getParentNode()).setAttribute("class", "data measures");
        for (Measure measure : record.measures()) {
            Element row = Dom.el(table, "tr");
            Dom.put(row, "td", dateTime(measure.administeredAt()), "class", "trend");
            Dom.put(row, "td", instrumentName.apply(measure.instrument()), "class", "fit");
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

    private void goals(Element body) {
        Element section = section(body, "record-goals", "Treatment goals", "the treatment goals");
        if (record.goals().isEmpty()) {
            Dom.put(section, "p", "No treatment goal has been recorded.");
            return;
        }
        for (Goal goal : record.goals()) {
            Element box = Dom.el(section, "div", "id", "goal-" + goal.id());
            places.put("goal-" + goal.id(), "a treatment goal");
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
                Dom.put(row, "td", dateTime(point.sessionStartsAt()), "class", "trend");
                Dom.put(row, "td", Integer.toString(point.rating()), "class", "num");
                Dom.put(row, "td", point.comment() == null ? "" : point.comment());
            }
        }
    }

    private void formulations(Element body) {
        Element section = section(body, "record-formulation", "Formulation, every version", "the formulation");
        if (record.formulations().isEmpty()) {
            Dom.put(section, "p", "No formulation has been recorded.");
            return;
        }
        for (Formulation version : record.formulations()) {
            Element box = Dom.el(section, "div", "class", "version");
            Dom.put(box, "h3", "Version " + version.version() + ", recorded " + dateTime(version.recordedAt()));
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
                    Dom.put(cell, "div", label(item));
                }
            }
            if (!blank(version.narrative())) {
                text(box, version.narrative());
            }
        }
    }

    private void attachments(Element body) {
        Element section = section(body, "record-attachment", "Attachment notes, every version", "the attachment notes");
        if (record.attachmentHistory().isEmpty()) {
            Dom.put(section, "p", "No attachment notes have been recorded.");
            return;
        }
        for (Attachment version : record.attachmentHistory()) {
            Element box = Dom.el(section, "div", "class", "version");
            Dom.put(box, "h3", "Version " + version.version() + ", recorded " + dateTime(version.recordedAt()));
            Element facts = Dom.el(Dom.el(box, "table", "class", "facts"), "tbody");
            fact(facts, "Style", SummaryText.attachment(AttachmentStyle.fromCode(version.style())));
            if (version.anxiety() != null) {
                fact(facts, "Anxiety", version.anxiety() + " of 10");
            }
            if (version.avoidance() != null) {
                fact(facts, "Avoidance", version.avoidance() + " of 10");
            }
            factIfAny(facts, "Caregiver attunement", words(version.caregiverAttunement()));
            factIfAny(facts, "Early experiences", String.join(", ", version.earlyExperiences().stream().map(RecordText::words).toList()));
            factIfAny(facts, "Relationship patterns", String.join(", ", version.relationshipPatterns().stream().map(this::label).toList()));
            if (!blank(version.narrative())) {
                text(box, version.narrative());
            }
        }
    }

    /**
     * Every flag ever raised, open and resolved, in one table, then every review. A resolved flag
     * says when and by whom, with the reviewer's outcome beside it, so the reader need not match
     * flags to reviews by their dates.
     */
    private void risk(Element body) {
        Element section = section(body, "record-risk", "Risk history", "the risk history");
        List<RiskFlagEntry> flags = record.risk().allFlags();
        List<RiskReviewPart> reviews = record.risk().reviews();
        if (flags.isEmpty()) {
            Dom.put(section, "p", "No risk flag has ever been raised.");
        } else {
            long open = flags.stream().filter(f -> !f.resolved()).count();
            Dom.put(section, "p", SummaryText.count(flags.size(), "risk flag") + " raised, oldest first; "
                    + (open == 0 ? "none is open" : open + " still open") + ". A flag is raised by a questionnaire answer "
                    + "that calls for a risk assessment; a clinician\u2019s risk review resolves every flag raised before it.", "class", "muted small");
            Dom.put(section, "h3", "Flags");
            Element table = ClinicalSections.table(section, "Raised", "What raised it", "Status");
            ((Element) table.getParentNode()).setAttribute("class", "data risk");
            Map<Long, Measure> measures = new HashMap<>();
            record.measures().forEach(m -> measures.put(m.id(), m));
            for (RiskFlagEntry flag : flags) {
                Element row = Dom.el(table, "tr");
                Dom.put(row, "td", dateTime(flag.raisedAt()), "class", "trend");
                Element what = Dom.el(row, "td", "class", "what");
                Dom.put(what, "div", RiskFlag.reasonInWords(flag.reason()));
                Integer answer = riskAnswer(flag, measures.get(flag.administrationId()));
                if (answer != null) {
                    Dom.put(what, "div", "Answer given: " + answer + " of a possible 3", "class", "muted small");
                }
                Element status = Dom.el(row, "td");
                Element line = Dom.el(status, "div");
                if (flag.resolved()) {
                    Dom.put(line, "strong", "Resolved");
                    Dom.text(line, " on " + dateTime(flag.resolvedAt()) + " by " + flag.resolvedBy());
                    Dom.put(status, "div", "Outcome: " + flag.resolution(), "class", "text");
                } else {
                    Dom.put(line, "strong", "Open", "class", "risk-open");
                    Dom.text(line, ": not yet reviewed");
                }
            }
        }
        if (reviews.isEmpty()) {
            Dom.put(section, "p", "No risk review has been recorded.");
        } else {
            Dom.put(section, "h3", "Reviews");
            Dom.put(section, "p", "Every risk review, including any that resolved no flag.", "class", "muted small");
            Element table = ClinicalSections.table(section, "Date", "Reviewed by", "Outcome");
            ((Element) table.getParentNode()).setAttribute("class", "data risk");
            for (RiskReviewPart review : reviews) {
                Element row = Dom.el(table, "tr");
                Dom.put(row, "td", dateTime(review.reviewedAt()), "class", "trend");
                Dom.put(row, "td", review.reviewer(), "class", "who");
                Dom.put(row, "td", review.outcome());
            }
        }
    }

    /** The answer that raised a PHQ-9 item 9 flag (0 to 3), when the questionnaire is in the record. */
    private static Integer riskAnswer(RiskFlagEntry flag, Measure measure) {
        if (!RiskFlag.PHQ9_ITEM9.equals(flag.reason()) || measure == null || measure.answers() == null) {
            return null;
        }
        return measure.answers().get("9");
    }

    private void critic(Element body) {
        Element section = section(body, "record-inner-critic", "Inner-critic statements", "the inner-critic statements");
        if (record.innerCritic().isEmpty()) {
            Dom.put(section, "p", "No inner-critic statement has been recorded.");
            return;
        }
        Dom.put(section, "p", "Lines the client voiced in their own words, as the clinician recorded them.", "class", "muted small");
        Element table = ClinicalSections.table(section, "Statement", "First heard", "Last heard", "Times");
        for (CriticLine line : record.innerCritic()) {
            Element row = Dom.el(table, "tr");
            Dom.put(row, "td", "\u201C" + line.text() + "\u201D");
            Dom.put(row, "td", dateTime(line.firstHeard()), "class", "trend");
            Dom.put(row, "td", dateTime(line.lastHeard()), "class", "trend");
            Dom.put(row, "td", Integer.toString(line.timesHeard()), "class", "num");
        }
    }

    private void reflections(Element body) {
        Element section = section(body, "record-reflections", "Reflective questions", "the reflective answers");
        if (record.reflectiveAnswers().isEmpty()) {
            Dom.put(section, "p", "No reflective answer has been recorded.");
            return;
        }
        for (Reflection reflection : record.reflectiveAnswers()) {
            Element box = Dom.el(section, "div", "class", "version");
            Dom.put(box, "h3", reflection.prompt());
            Dom.put(box, "p", "Answered " + dateTime(reflection.answeredAt()), "class", "meta");
            text(box, reflection.answer());
        }
    }

    /** A top-level part of the record: a heading, and a name for the glyph check's message. */
    private Element section(Element body, String id, String heading, String place) {
        Element section = Dom.el(body, "div", "id", id);
        places.put(id, place);
        Dom.put(section, "h2", heading);
        return section;
    }

    /** "3 Mar 2026, 14:05" in the export's zone. */
    private String dateTime(String isoInstant) {
        if (isoInstant == null) {
            return "";
        }
        var local = Instant.parse(isoInstant).atZone(zone);
        return SummaryText.date(local.toLocalDate()) + ", " + TIME.format(local);
    }

    private String zoneWords() {
        return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "in UTC" : "local time (" + zone.getId() + ")";
    }

    /** A taxonomy key as its label; a key no longer in the taxonomy as words. */
    private String label(String key) {
        String label = entryLabel.apply(key);
        return label != null ? label : words(key.substring(key.indexOf('.') + 1));
    }

    private static String stylesheet() {
        String summary = resource(SummaryXhtml.STYLESHEET);
        String renamed = summary.replace(SUMMARY_FOOTER_CSS, RECORD_FOOTER_CSS);
        if (renamed.equals(summary)) {
            // the footer is a promise the glyph check and the tests rely on: fail loudly, never print the wrong one
            throw new IllegalStateException("summary.css no longer has the footer the record renames");
        }
        return renamed + "\n" + resource(RECORD_STYLESHEET);
    }

    private static String resource(String name) {
        try (InputStream in = RecordXhtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing stylesheet " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
