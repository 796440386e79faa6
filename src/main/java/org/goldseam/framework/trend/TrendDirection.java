package org.goldseam.framework.trend;

import java.util.Locale;

/** Which way a series moves under {@link TrendRule}, with its arrow and its words. */
public enum TrendDirection {
    RISING("\u2191", "rising"),
    FALLING("\u2193", "falling"),
    STEADY("\u2192", "steady"),
    /** Fewer than {@link TrendRule#MIN_SESSIONS} sessions: too few to name a direction honestly. */
    TOO_FEW("\u2013", "too few sessions");

    private final String arrow;
    private final String word;

    TrendDirection(String arrow, String word) {
        this.arrow = arrow;
        this.word = word;
    }

    public String arrow() {
        return arrow;
    }

    public String word() {
        return word;
    }

    /** The code printed by {@code goldseam search} (json, csv): rising, falling, steady or too_few. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
