package org.goldseam.search.model;

import java.util.Locale;

/**
 * Which way a client's intensity for the searched themes moves over the window: the least-squares
 * slope of session intensity against session order. Rising and falling need a slope of more than
 * {@link #THRESHOLD_TENTHS} tenths of a point per session; a flatter line is steady, and a single
 * session has no trend (unknown).
 */
public enum Trend {
    RISING, FALLING, STEADY, UNKNOWN;

    /** 1 = 0.1 intensity points per session. Kept as an integer so SQL and Java decide alike. */
    public static final int THRESHOLD_TENTHS = 1;

    public static Trend of(RecurrenceRow row) {
        long n = row.sessions();
        long denominator = n * row.sumXX() - row.sumX() * row.sumX();
        if (n < 2 || denominator == 0) {
            return UNKNOWN;
        }
        long numerator = n * row.sumXY() - row.sumX() * row.sumY();
        if (10 * numerator > THRESHOLD_TENTHS * denominator) {
            return RISING;
        }
        if (10 * numerator < -THRESHOLD_TENTHS * denominator) {
            return FALLING;
        }
        return STEADY;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
