package org.goldseam.search.model;

import java.util.List;
import org.goldseam.search.query.ThemeMode;
import org.goldseam.search.query.TrendFilter;

/**
 * A recurrence search with its keys resolved to entry ids: themes (observations, with intensities)
 * or, when {@code interventions} is true, interventions used in a session (no intensity).
 */
public record RecurrenceCriteria(List<Long> entryIds, ThemeMode mode, int minSessions, int minIntensity, TrendFilter trend,
                                 Window window, boolean interventions) {
    public RecurrenceCriteria {
        entryIds = List.copyOf(entryIds);
        if (entryIds.isEmpty()) {
            throw new IllegalArgumentException("a recurrence search needs at least one theme or intervention");
        }
    }

    /** A theme search. */
    public RecurrenceCriteria(List<Long> entryIds, ThemeMode mode, int minSessions, int minIntensity, TrendFilter trend,
                              Window window) {
        this(entryIds, mode, minSessions, minIntensity, trend, window, false);
    }

    /** How many of the themes a session must show to count. */
    public int requiredPerSession() {
        return mode == ThemeMode.ALL ? entryIds.size() : 1;
    }
}
