package org.goldseam.notes;

import java.util.Locale;

/** How the session took place. */
public enum Modality {
    IN_PERSON,
    TELEHEALTH,
    PHONE;

    /** The value stored in the database: the lower-case name, as in the schema's CHECK constraint. */
    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality fromDb(String value) {
        for (Modality candidate : values()) {
            if (candidate.dbValue().equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown Modality value: " + value);
    }
}
