package org.goldseam.framework.trend;

import java.util.Locale;

/** What a rising or falling trend means clinically for the category it belongs to. */
public enum TrendMeaning {
    IMPROVING("improving"),
    WORSENING("worsening"),
    /** Steady, too few sessions, or a category (interventions, mixed searches) with no good or bad direction. */
    NONE("");

    private final String word;

    TrendMeaning(String word) {
        this.word = word;
    }

    /** "improving", "worsening", or "" for {@link #NONE}. */
    public String word() {
        return word;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
