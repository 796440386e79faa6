package org.goldseam.summary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.goldseam.clients.ClientStatus;
import org.goldseam.framework.model.Category;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.NoteStatus;
import org.goldseam.notes.SessionType;
import org.goldseam.notes.ShameKind;
import org.jspecify.annotations.Nullable;

/** The rows {@code SummaryRepository} reads: only the columns a summary shows, never a note body. */
public final class SummaryFacts {
    private SummaryFacts() {
    }

    /** The client columns a summary needs; contact details stay in the vault. */
    public record ClientFact(long id, String fullName, LocalDate dateOfBirth, ClientStatus status) {
    }

    public record SessionFact(long noteId, OffsetDateTime startsAt, SessionType type, Attendance attendance,
                              NoteStatus status, String summaryLine) {
    }

    /**
     * @param label the entry's label today
     * @param labelAtSigning its label when the note was signed; null for a draft
     */
    public record ObservationFact(long noteId, OffsetDateTime sessionStartsAt, long entryId, String label,
                                  Category category, int intensity, @Nullable ShameKind shameKind, @Nullable String labelAtSigning) {
        public ObservationFact(long noteId, OffsetDateTime sessionStartsAt, long entryId, String label,
                               Category category, int intensity, @Nullable ShameKind shameKind) {
            this(noteId, sessionStartsAt, entryId, label, category, intensity, shameKind, null);
        }

        /** How the session names it: a signed note by its label at signing. */
        public String labelInNote() {
            return labelAtSigning != null ? labelAtSigning : label;
        }
    }

    /** An inner-critic line with how often and when it was last heard inside the period. */
    public record CriticFact(String text, int timesHeard, OffsetDateTime lastHeard) {
    }

    /** @param reviewedAt the first risk review at or after the flag, or null */
    public record RiskFlagFact(OffsetDateTime raisedAt, String reason, @Nullable OffsetDateTime reviewedAt) {
    }
}
