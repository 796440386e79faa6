package org.goldseam.notes;

import java.util.Locale;
import org.goldseam.framework.model.CountedSessions;

/** Whether the client came; only sessions that {@link #counts()} count as sessions held. */
public enum Attendance {
    ATTENDED,
    CANCELLED,
    NO_SHOW,
    LATE_CANCEL;

    /** The value stored in the database: the lower-case name, as in the schema's CHECK constraint. */
    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a session with this attendance counts towards themes, shame, trends and searches
     * ({@link CountedSessions}: only an attended session does).
     */
    public boolean counts() {
        return CountedSessions.counts(dbValue());
    }

    public static Attendance fromDb(String value) {
        for (Attendance candidate : values()) {
            if (candidate.dbValue().equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown Attendance value: " + value);
    }
}
