package org.goldseam.notes;

import java.util.Locale;

/** A draft can be edited; a signed note is locked and only takes addenda. */
public enum NoteStatus {
    DRAFT,
    SIGNED;

    /** The value stored in the database: the lower-case name, as in the schema's CHECK constraint. */
    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NoteStatus fromDb(String value) {
        for (NoteStatus candidate : values()) {
            if (candidate.dbValue().equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown NoteStatus value: " + value);
    }
}
