package org.goldseam.search.model;

import java.util.List;
import org.goldseam.search.query.ThemeMode;
import org.goldseam.search.query.TrendFilter;

/** A theme-recurrence search with its theme keys resolved to entry ids. */
public record RecurrenceCriteria(List<Long> entryIds, ThemeMode mode, int minSessions, int minIntensity, TrendFilter trend,
                                 Window window) {
    public RecurrenceCriteria {
        entryIds = List.copyOf(entryIds);
        if (entryIds.isEmpty()) {
            throw new IllegalArgumentException("a recurrence search needs at least one theme");
        }
    }

    /** How many of the themes a session must show to count. */
    public int requiredPerSession() {
        return mode == ThemeMode.ALL ? entryIds.size() : 1;
    }
}
