package org.goldseam.app.summary;

import java.time.LocalDate;

/**
 * The periods a clinician picks most: the last 3, 6 or 12 months up to today, or dates of their own.
 * A preset of n months starts the day after the same date n months ago, so "last 3 months" on
 * 21 Nov covers 22 Aug to 21 Nov: exactly three months of days, with today included.
 */
public enum PeriodPreset {
    LAST_3_MONTHS("Last 3 months", 3),
    LAST_6_MONTHS("Last 6 months", 6),
    LAST_12_MONTHS("Last 12 months", 12),
    CUSTOM("Custom dates", 0);

    private final String label;
    private final int months;

    PeriodPreset(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    /** The first day of the preset's period ending {@code today}; CUSTOM has none. */
    public LocalDate from(LocalDate today) {
        if (this == CUSTOM) {
            throw new IllegalStateException("custom dates have no fixed start");
        }
        return today.minusMonths(months).plusDays(1);
    }
}
