package org.goldseam.notes;

import java.util.Locale;

/** The label of text appended to a signed note: an amendment, a correction, or a late entry. */
public enum AddendumKind {
    ADDENDUM,
    CORRECTION,
    LATE_ENTRY;

    /** The value stored in the database: the lower-case name, as in the schema's CHECK constraint. */
    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AddendumKind fromDb(String value) {
        for (AddendumKind candidate : values()) {
            if (candidate.dbValue().equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown AddendumKind value: " + value);
    }
}
