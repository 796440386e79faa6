package org.goldseam.app.workspace;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.GoalProgress;
import org.goldseam.notes.InterventionUse;
import org.goldseam.notes.Modality;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.NoteSectionText;
import org.goldseam.notes.Section;
import org.goldseam.notes.SessionNote;
import org.goldseam.notes.SessionType;
import org.goldseam.notes.ThemeObservation;
import org.jspecify.annotations.Nullable;

/** Small pure edits of an immutable {@link NoteContent}, one new value per change. */
public final class NoteContents {
    private NoteContents() {
    }

    /** An empty 50-minute in-person individual session in {@code format}. */
    public static NoteContent blank(OffsetDateTime startsAt, NoteFormat format) {
        List<NoteSectionText> sections = new ArrayList<>();
        for (Section section : format.sections()) {
            sections.add(new NoteSectionText(section, ""));
        }
        return new NoteContent(startsAt, 50, SessionType.INDIVIDUAL, Modality.IN_PERSON, Attendance.ATTENDED, format,
                null, sections, null, List.of(), List.of(), List.of());
    }

    /**
     * A new note that starts from the previous one's themes (entries and intensities, not quotes:
     * a quote belongs to the session it was said in) and its format. Text is not copied.
     */
    public static NoteContent copyForward(SessionNote previous, OffsetDateTime startsAt) {
        NoteContent base = blank(startsAt, previous.format());
        List<ThemeObservation> themes = previous.observations().stream()
                .map(o -> new ThemeObservation(o.entryId(), o.intensity(), null, o.shameKind())).toList();
        return with(base, base.sections(), base.privateNotes(), themes, base.interventions(), base.goalProgress());
    }

    public static NoteContent withSection(NoteContent content, Section section, String text) {
        List<NoteSectionText> sections = new ArrayList<>();
        for (NoteSectionText existing : content.sections()) {
            sections.add(existing.section() == section ? new NoteSectionText(section, text) : existing);
        }
        return with(content, sections, content.privateNotes(), content.observations(), content.interventions(),
                content.goalProgress());
    }

    public static NoteContent withPrivateNotes(NoteContent content, String text) {
        return with(content, content.sections(), text, content.observations(), content.interventions(), content.goalProgress());
    }

    public static NoteContent withObservations(NoteContent content, UnaryOperator<List<ThemeObservation>> change) {
        List<ThemeObservation> observations = change.apply(new ArrayList<>(content.observations()));
        return with(content, content.sections(), content.privateNotes(), observations, content.interventions(),
                content.goalProgress());
    }

    public static NoteContent withInterventions(NoteContent content, List<InterventionUse> interventions) {
        return with(content, content.sections(), content.privateNotes(), content.observations(), interventions,
                content.goalProgress());
    }

    public static NoteContent withGoalProgress(NoteContent content, List<GoalProgress> progress) {
        return with(content, content.sections(), content.privateNotes(), content.observations(), content.interventions(), progress);
    }

    /** The header fields; changing the format keeps every word (see {@link #reformat}). */
    public static NoteContent withHeader(NoteContent content, OffsetDateTime startsAt, int durationMinutes, SessionType type,
                                         Modality modality, Attendance attendance, NoteFormat format, @Nullable String summaryLine) {
        List<NoteSectionText> sections = format == content.format() ? content.sections() : reformat(content, format);
        return new NoteContent(startsAt, durationMinutes, type, modality, attendance, format, summaryLine, sections,
                content.privateNotes(), content.observations(), content.interventions(), content.goalProgress());
    }

    /**
     * Sections for another format: text under a section name both formats share stays there (e.g.
     * Plan); text under a name the new format lacks moves, labelled, into its first section.
     */
    static List<NoteSectionText> reformat(NoteContent content, NoteFormat format) {
        Map<Section, StringBuilder> texts = new LinkedHashMap<>();
        for (Section section : format.sections()) {
            texts.put(section, new StringBuilder());
        }
        Section first = format.sections().get(0);
        for (NoteSectionText old : content.sections()) {
            if (old.text() == null || old.text().isBlank()) {
                continue;
            }
            StringBuilder target = texts.get(old.section());
            if (target == null) {
                target = texts.computeIfAbsent(first, s -> new StringBuilder()); // present: first is one of the format's
                if (!target.isEmpty()) {
                    target.append("\n\n");
                }
                target.append(label(old.section())).append(": ");
            }
            target.append(old.text());
        }
        List<NoteSectionText> sections = new ArrayList<>();
        texts.forEach((section, text) -> sections.add(new NoteSectionText(section, text.toString())));
        return sections;
    }

    public static String label(Section section) {
        String name = section.name().toLowerCase(java.util.Locale.ROOT);
        return name.equals("body") ? "Note" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Words in the note's sections (not the private notes), counted as a word processor would. */
    public static int wordCount(NoteContent content) {
        int words = 0;
        for (NoteSectionText section : content.sections()) {
            String text = section.text() == null ? "" : section.text().strip();
            if (!text.isEmpty()) {
                words += text.split("\\s+").length;
            }
        }
        return words;
    }

    private static NoteContent with(NoteContent c, List<NoteSectionText> sections, @Nullable String privateNotes,
                                    List<ThemeObservation> observations, List<InterventionUse> interventions,
                                    List<GoalProgress> progress) {
        return new NoteContent(c.startsAt(), c.durationMinutes(), c.type(), c.modality(), c.attendance(), c.format(),
                c.summaryLine(), sections, privateNotes, observations, interventions, progress);
    }
}
