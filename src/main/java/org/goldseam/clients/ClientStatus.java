package org.goldseam.clients;

import java.util.Locale;

/** Where a client stands in treatment; stored as the lower-case name ('active', 'paused', 'discharged'). */
public enum ClientStatus {
    ACTIVE,
    PAUSED,
    DISCHARGED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClientStatus fromDb(String value) {
        for (ClientStatus status : values()) {
            if (status.dbValue().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown client status: " + value);
    }
}
