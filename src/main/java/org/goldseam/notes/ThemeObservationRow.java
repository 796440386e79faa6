package org.goldseam.notes;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.goldseam.framework.model.Category;

/**
 * One theme observed in one session of a client, with the label of its taxonomy entry: a cell of
 * the heat map.
 *
 * @param quote the client's own words, or null
 */
public record ThemeObservationRow(long noteId, OffsetDateTime sessionStartsAt, long entryId, String entryKey,
                                  Category category, String label, int intensity, String quote) {
    public ThemeObservationRow {
        Objects.requireNonNull(sessionStartsAt, "sessionStartsAt");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(label, "label");
    }
}
