package org.goldseam.vault;

import java.time.LocalDate;

/**
 * The dates Goldseam accepts from outside (command-line options, search filters). Every date in a
 * therapist's record lies well inside them; far outside, date arithmetic overflows and H2 stores
 * timestamps (a negative year, say) it cannot give back. Refusing them where they are typed turns
 * what was an unexpected error into a sentence.
 */
public final class SupportedDates {
    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2200, 12, 31);

    private SupportedDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** "between 1900-01-01 and 2200-12-31", to finish a refusal. */
    public static String range() {
        return "between " + FIRST + " and " + LAST;
    }
}
