package org.goldseam.framework.trend;

import java.util.Collection;
import org.goldseam.framework.model.Category;
import org.jspecify.annotations.Nullable;

/**
 * The one rule that names a trend, used by the app, the search (in memory and in SQL), the summary
 * and the record export, so the same series never gets different words in two places.
 *
 * <p>Points are the client's sessions that count (attended, see
 * {@link org.goldseam.framework.model.CountedSessions}) in which the theme was recorded; {@code x}
 * is the session's place in the attended sessions of the window or period (so a gap of missed
 * weeks is not a step), {@code y} its intensity 0–10. The line is fitted by least squares, and what
 * is judged is the <em>fitted change across the span</em> of those sessions (slope times the
 * distance from the first point to the last):
 * <ul>
 * <li>fewer than {@link #MIN_SESSIONS} points: {@link TrendDirection#TOO_FEW} (two sessions are a
 *     difference, not a trend);</li>
 * <li>a fitted change of at least {@link #CHANGE_TENTHS} tenths of a point up: rising; as much down:
 *     falling; anything smaller: steady.</li>
 * </ul>
 * The comparison is done in exact integers from the least-squares sums, so SQL and Java decide
 * alike: {@code 10·(nΣxy − ΣxΣy)·span ≥ CHANGE_TENTHS·(nΣxx − (Σx)²)}.
 *
 * <p>An intervention has no intensity: its series is every counted session of the window, 10 where
 * it was used and 0 where it was not, so the same threshold means the fitted share of sessions using
 * it changed by at least 15 percentage points across the window.
 */
public final class TrendRule {
    /** The fewest sessions that say anything about a direction. */
    public static final int MIN_SESSIONS = 3;
    /** 15 tenths: a fitted change of 1.5 points on the 0–10 intensity scale across the span. */
    public static final int CHANGE_TENTHS = 15;
    /** The {@code y} of a counted session in which an intervention was used (0 when it was not). */
    public static final int USED = 10;

    private TrendRule() {
    }

    /**
     * The direction from least-squares sums over {@code n} points whose {@code x} runs over
     * {@code span} (largest minus smallest x).
     */
    public static TrendDirection direction(long n, long sumX, long sumY, long sumXX, long sumXY, long span) {
        if (n < MIN_SESSIONS) {
            return TrendDirection.TOO_FEW;
        }
        long denominator = Math.subtractExact(Math.multiplyExact(n, sumXX), Math.multiplyExact(sumX, sumX));
        if (denominator <= 0 || span <= 0) {
            return TrendDirection.TOO_FEW; // every point at the same place: no line to fit
        }
        long numerator = Math.subtractExact(Math.multiplyExact(n, sumXY), Math.multiplyExact(sumX, sumY));
        long scaled = Math.multiplyExact(Math.multiplyExact(10, numerator), span);
        long threshold = Math.multiplyExact((long) CHANGE_TENTHS, denominator);
        if (scaled >= threshold) {
            return TrendDirection.RISING;
        }
        if (scaled <= -threshold) {
            return TrendDirection.FALLING;
        }
        return TrendDirection.STEADY;
    }

    /** The direction of the points ({@code x[i]}, {@code y[i]}); the x are session places, in any order. */
    public static TrendDirection direction(long[] x, int[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("as many places as values are needed");
        }
        long sumX = 0, sumY = 0, sumXX = 0, sumXY = 0;
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (int i = 0; i < x.length; i++) {
            sumX += x[i];
            sumY += y[i];
            sumXX += x[i] * x[i];
            sumXY += x[i] * y[i];
            min = Math.min(min, x[i]);
            max = Math.max(max, x[i]);
        }
        return direction(x.length, sumX, sumY, sumXX, sumXY, x.length == 0 ? 0 : max - min);
    }

    /**
     * What a direction means for a category: rising is worsening for what the framework counts as a
     * difficulty (triggers, defenses, core beliefs, costs, relational patterns) and improving for a
     * strength; interventions have no good or bad direction. Steady and too few mean nothing either way.
     */
    public static TrendMeaning meaning(TrendDirection direction, Category category) {
        Boolean risingIsBetter = risingIsBetter(category);
        if (risingIsBetter == null || direction == TrendDirection.STEADY || direction == TrendDirection.TOO_FEW) {
            return TrendMeaning.NONE;
        }
        return (direction == TrendDirection.RISING) == risingIsBetter ? TrendMeaning.IMPROVING : TrendMeaning.WORSENING;
    }

    /** The meaning for a trend over several categories at once: only when they all agree on which way is good. */
    public static TrendMeaning meaning(TrendDirection direction, Collection<Category> categories) {
        if (categories.isEmpty()) {
            return TrendMeaning.NONE;
        }
        Boolean first = risingIsBetter(categories.iterator().next());
        for (Category category : categories) {
            if (!java.util.Objects.equals(first, risingIsBetter(category))) {
                return TrendMeaning.NONE;
            }
        }
        return meaning(direction, categories.iterator().next());
    }

    /** True when more is better, false when more is worse, null when the category has no such direction. */
    public static @Nullable Boolean risingIsBetter(Category category) {
        return switch (category) {
            case STRENGTH -> Boolean.TRUE;
            case TRIGGER, DEFENSE, CORE_BELIEF, COST, RELATIONAL_PATTERN -> Boolean.FALSE;
            case INTERVENTION -> null;
        };
    }

    /** The category a taxonomy key names (the part before the dot), or null for a key that names none. */
    public static @Nullable Category categoryOfKey(String entryKey) {
        int dot = entryKey.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            return Category.fromCode(entryKey.substring(0, dot));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
