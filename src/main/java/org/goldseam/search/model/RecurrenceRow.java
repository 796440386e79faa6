package org.goldseam.search.model;

import java.time.OffsetDateTime;
import org.goldseam.framework.trend.TrendDirection;
import org.goldseam.framework.trend.TrendRule;
import org.jspecify.annotations.Nullable;

/**
 * One client's aggregate from the recurrence query. {@code sessions} is how many window sessions
 * match; the least-squares sums are over {@code points} points whose {@code x} is the session's place
 * in the window counted back from the latest (-1 latest, -2 the one before…) and run over
 * {@code span} places. For themes the points are the matching sessions and {@code y} the highest
 * intensity among the searched themes; for interventions every window session is a point, with
 * {@code y} {@link TrendRule#USED} where an intervention was used and 0 where not.
 */
public record RecurrenceRow(long clientId, int sessions, OffsetDateTime first, OffsetDateTime last, long sumY, long sumX,
                            long sumXX, long sumXY, int points, long span) {
    /** Least-squares slope of y per session over the window, or null with fewer than two points. */
    public @Nullable Double slope() {
        long denominator = (long) points * sumXX - sumX * sumX;
        if (points < 2 || denominator == 0) {
            return null;
        }
        return (double) ((long) points * sumXY - sumX * sumY) / denominator;
    }

    /** The direction under the one trend rule ({@link TrendRule}). */
    public TrendDirection direction() {
        return TrendRule.direction(points, sumX, sumY, sumXX, sumXY, span);
    }

    public double meanIntensity() {
        return (double) sumY / points;
    }
}
