package org.goldseam.framework.model;

import java.util.List;

/**
 * The one rule for which sessions count: a session counts (towards theme counts, shame over time,
 * trends, heat maps, "main themes" and searches) only when the client attended it. A cancelled,
 * late-cancelled or no-show appointment is listed as such, but nothing recorded on it is counted
 * as something that came up in therapy.
 *
 * <p>Kept here, below both the notes and the framework packages, so that Java code
 * ({@code Attendance.counts()}) and SQL ({@link #ATTENDANCE_VALUES}) read the same rule.
 */
public final class CountedSessions {
    /** The stored attendance values of sessions that count (the schema's lower-case codes). */
    public static final List<String> ATTENDANCE_VALUES = List.of("attended");

    private CountedSessions() {
    }

    /** Whether a session with this stored attendance value counts. */
    public static boolean counts(String attendanceValue) {
        return ATTENDANCE_VALUES.contains(attendanceValue);
    }
}
