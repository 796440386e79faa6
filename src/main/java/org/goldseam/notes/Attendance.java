package org.goldseam.notes;

import java.util.Locale;

/** Whether the client came; only ATTENDED sessions count as sessions held. */
public enum Attendance {
    ATTENDED,
    CANCELLED,
    NO_SHOW,
    LATE_CANCEL;

    /** The value stored in the database: the lower-case name, as in the schema's CHECK constraint. */
    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
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
