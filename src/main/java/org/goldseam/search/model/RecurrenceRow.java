package org.goldseam.search.model;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One client's aggregate from the recurrence query, over its matching sessions. A session's
 * intensity is the highest intensity among the searched themes it shows; {@code x} is the session's
 * place in the window counted back from the latest (-1 latest, -2 the one before…).
 */
public record RecurrenceRow(long clientId, int sessions, OffsetDateTime first, OffsetDateTime last, long sumY, long sumX,
                            long sumXX, long sumXY) {
    /** Least-squares slope of intensity per session over the window, or null with fewer than two sessions. */
    public @Nullable Double slope() {
        long denominator = (long) sessions * sumXX - sumX * sumX;
        if (sessions < 2 || denominator == 0) {
            return null;
        }
        return (double) ((long) sessions * sumXY - sumX * sumY) / denominator;
    }

    public double meanIntensity() {
        return (double) sumY / sessions;
    }
}
