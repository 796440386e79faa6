package org.goldseam.notes;

import java.time.Duration;
import java.time.temporal.Temporal;

/**
 * A note signed more than 72 hours after its session is a late entry: the note editor marks it, and
 * so does the exported record. One rule, so screen and paper agree.
 */
public final class LateEntry {
    public static final Duration THRESHOLD = Duration.ofDays(3);

    private LateEntry() {
    }

    public static boolean isLate(Temporal startsAt, Temporal signedAt) {
        return startsAt != null && signedAt != null && Duration.between(startsAt, signedAt).compareTo(THRESHOLD) > 0;
    }
}
