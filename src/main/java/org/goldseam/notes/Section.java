package org.goldseam.notes;

import java.util.Locale;

/** A named section of a note body; which ones a note has depends on its {@link NoteFormat}. */
public enum Section {
    DATA,
    ASSESSMENT,
    PLAN,
    SUBJECTIVE,
    OBJECTIVE,
    BEHAVIOR,
    INTERVENTION,
    RESPONSE,
    BODY;

    /** The value stored in the database: the lower-case name, as in the schema's CHECK constraint. */
    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Section fromDb(String value) {
        for (Section candidate : values()) {
            if (candidate.dbValue().equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown Section value: " + value);
    }
}
