package org.goldseam.notes;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A session note as stored: its content (see {@link NoteContent}, whose canonical ordering applies
 * here too), its private psychotherapy notes, and its signature state. Timestamps are in UTC.
 *
 * @param privateNotes the clinician's psychotherapy notes, kept apart from the progress note; null if none
 * @param signedAt null for a draft
 * @param signedBy null for a draft
 * @param contentHash {@link NoteContentHash} of the note at signing; null for a draft
 * @param hashVersion which {@link NoteContentHash} version {@code contentHash} is (1: content only,
 *     2: content, signer and time); null for a draft
 * @param atSigning the labels of its themes, interventions and goals as they were when it was signed;
 *     {@link LabelsAtSigning#NONE} for a draft
 */
public record SessionNote(
        long id,
        long clientId,
        OffsetDateTime startsAt,
        int durationMinutes,
        SessionType type,
        Modality modality,
        Attendance attendance,
        NoteFormat format,
        String summaryLine,
        List<NoteSectionText> sections,
        @Nullable String privateNotes,
        List<ThemeObservation> observations,
        List<InterventionUse> interventions,
        List<GoalProgress> goalProgress,
        NoteStatus status,
        @Nullable OffsetDateTime signedAt,
        @Nullable String signedBy,
        @Nullable String contentHash,
        @Nullable Integer hashVersion,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        LabelsAtSigning atSigning) {

    public SessionNote {
        NoteContent canonical = new NoteContent(startsAt, durationMinutes, type, modality, attendance, format,
                summaryLine, sections, privateNotes, observations, interventions, goalProgress);
        startsAt = canonical.startsAt();
        sections = canonical.sections();
        privateNotes = canonical.privateNotes();
        observations = canonical.observations();
        interventions = canonical.interventions();
        goalProgress = canonical.goalProgress();
        Objects.requireNonNull(status, "status");
        signedAt = signedAt == null ? null : signedAt.withOffsetSameInstant(ZoneOffset.UTC);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        atSigning = atSigning == null ? LabelsAtSigning.NONE : atSigning;
    }

    public NoteContent content() {
        return new NoteContent(startsAt, durationMinutes, type, modality, attendance, format, summaryLine, sections,
                privateNotes, observations, interventions, goalProgress);
    }

    public boolean isSigned() {
        return status == NoteStatus.SIGNED;
    }

    /** The text of {@code section}, or "" if the note has none. */
    public String sectionText(Section section) {
        return content().sectionText(section);
    }
}
