package org.goldseam.notes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A row of a client's note list: enough to pick a note, no body text.
 *
 * @param topThemeEntryIds up to three taxonomy entry ids, most intense first
 */
public record NoteListItem(
        long id,
        OffsetDateTime startsAt,
        SessionType type,
        Attendance attendance,
        NoteStatus status,
        String summaryLine,
        List<Long> topThemeEntryIds) {

    public NoteListItem {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(status, "status");
        topThemeEntryIds = List.copyOf(topThemeEntryIds);
    }
}
