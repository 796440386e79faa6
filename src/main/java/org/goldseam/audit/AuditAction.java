package org.goldseam.audit;

import java.util.Locale;

/** What happened, as stored in {@code audit_event.action}: the lower-case name ("failed_unlock"). */
public enum AuditAction {
    UNLOCK,
    FAILED_UNLOCK,
    LOCK,
    CLIENT_VIEWED,
    NOTE_CREATED,
    NOTE_EDITED,
    NOTE_SIGNED,
    ADDENDUM_ADDED,
    EXPORT,
    BACKUP,
    RESTORE,
    PASSPHRASE_CHANGED,
    TAXONOMY_CHANGED,
    CLIENT_CREATED,
    CLIENT_DISCHARGED,
    CLIENT_DELETED,
    VAULT_CREATED,
    /** The vault's clinician (who signs) was named or renamed; the entry's actor is the new name. */
    CLINICIAN_SET;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuditAction fromDb(String value) {
        for (AuditAction action : values()) {
            if (action.dbValue().equals(value)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown audit action: " + value);
    }
}
