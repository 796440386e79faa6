package org.goldseam.notes;

import java.util.Locale;

/** Whether an observed shame response is core (global, about the self) or adaptive (proportionate, about an act). */
public enum ShameKind {
    CORE,
    ADAPTIVE;

    /** The value stored in the database: the lower-case name, as in the schema's CHECK constraint. */
    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ShameKind fromDb(String value) {
        for (ShameKind candidate : values()) {
            if (candidate.dbValue().equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown ShameKind value: " + value);
    }
}
