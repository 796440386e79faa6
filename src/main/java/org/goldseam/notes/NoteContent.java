package org.goldseam.notes;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Everything a clinician writes in a note, and everything its signature covers: the input for
 * creating and saving a draft.
 *
 * <p>The constructor puts the content in canonical form, so that what is saved equals what is read
 * back and the content hash does not depend on the order things were entered in: the start is
 * converted to UTC and cut to microseconds (what the database keeps), sections are put in the
 * format's order, and observations, interventions and goal progress are sorted by entry or goal id.
 * An empty private note is no private note (null).
 */
public record NoteContent(
        OffsetDateTime startsAt,
        int durationMinutes,
        SessionType type,
        Modality modality,
        Attendance attendance,
        NoteFormat format,
        @Nullable String summaryLine,
        List<NoteSectionText> sections,
        @Nullable String privateNotes,
        List<ThemeObservation> observations,
        List<InterventionUse> interventions,
        List<GoalProgress> goalProgress) {

    public static final int MAX_DURATION_MINUTES = 600;

    public NoteContent {
        startsAt = canonicalStartOf(startsAt);
        if (durationMinutes < 0 || durationMinutes > MAX_DURATION_MINUTES) {
            throw new IllegalArgumentException("duration must be 0 to " + MAX_DURATION_MINUTES + " minutes, was " + durationMinutes);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(format, "format");
        sections = canonicalSections(format, sections);
        privateNotes = privateNotes == null || privateNotes.isEmpty() ? null : privateNotes;
        observations = sortedUnique(observations, ThemeObservation::entryId, "theme entry");
        interventions = sortedUnique(interventions, InterventionUse::entryId, "intervention entry");
        goalProgress = sortedUnique(goalProgress, GoalProgress::goalId, "goal");
    }

    /** The text of {@code section}, or "" if the note has none. */
    public String sectionText(Section section) {
        return sections.stream().filter(s -> s.section() == section).map(NoteSectionText::text).findFirst().orElse("");
    }

    /** {@code startsAt} in the form notes keep it: UTC, microseconds. */
    public static OffsetDateTime canonicalStartOf(OffsetDateTime startsAt) {
        Objects.requireNonNull(startsAt, "startsAt");
        return startsAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    static List<NoteSectionText> canonicalSections(NoteFormat format, List<NoteSectionText> sections) {
        Set<Section> seen = EnumSet.noneOf(Section.class);
        for (NoteSectionText section : sections) {
            if (format.positionOf(section.section()) < 0) {
                throw new IllegalArgumentException("a " + format + " note has no section " + section.section());
            }
            if (!seen.add(section.section())) {
                throw new IllegalArgumentException("section " + section.section() + " given twice");
            }
        }
        List<NoteSectionText> ordered = new ArrayList<>(sections);
        ordered.sort(Comparator.comparingInt(s -> format.positionOf(s.section())));
        return List.copyOf(ordered);
    }

    static <T> List<T> sortedUnique(List<T> items, ToLongFunction<T> key, String what) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingLong(key));
        Set<Long> seen = new HashSet<>();
        for (T item : sorted) {
            if (!seen.add(key.applyAsLong(item))) {
                throw new IllegalArgumentException(what + " " + key.applyAsLong(item) + " given twice");
            }
        }
        return List.copyOf(sorted);
    }
}
