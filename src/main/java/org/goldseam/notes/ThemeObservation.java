package org.goldseam.notes;

import org.jspecify.annotations.Nullable;

/**
 * A taxonomy entry (trigger, defense, core belief…) observed in a session.
 *
 * @param intensity 0–10, as the clinician judged it
 * @param verbatimQuote the client's own words, or null
 * @param shameKind for shame-related entries, whether it was core or adaptive shame; otherwise null
 */
public record ThemeObservation(long entryId, int intensity, @Nullable String verbatimQuote, @Nullable ShameKind shameKind) {
    public ThemeObservation {
        if (intensity < 0 || intensity > 10) {
            throw new IllegalArgumentException("intensity must be 0 to 10, was " + intensity);
        }
    }
}
