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
    CLINICIAN_SET,
    /** A client's details (name, contact, emergency contact, …) were changed. */
    CLIENT_EDITED,
    /** A risk review was recorded (it clears the client's open risk flags); the detail names the review. */
    RISK_REVIEWED,
    /** The caseload (every client's name and status) was listed, as {@code goldseam clients} does. */
    CASELOAD_LISTED,
    /** A search read the private psychotherapy notes ({@code search --include-private}). */
    PRIVATE_NOTES_SEARCHED;

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
