package org.goldseam.notes;

import java.util.Locale;

/** The kind of session a note records. */
public enum SessionType {
    INTAKE,
    INDIVIDUAL,
    COUPLES,
    FAMILY,
    GROUP;

    /** The value stored in the database: the lower-case name, as in the schema's CHECK constraint. */
    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SessionType fromDb(String value) {
        for (SessionType candidate : values()) {
            if (candidate.dbValue().equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown SessionType value: " + value);
    }
}
