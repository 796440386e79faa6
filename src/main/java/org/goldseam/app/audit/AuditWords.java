package org.goldseam.app.audit;

import org.goldseam.audit.AuditAction;
import org.goldseam.audit.ChainVerification;

/** The audit trail in plain words: what each kind of entry means, and what the chain check found. */
public final class AuditWords {
    private AuditWords() {
    }

    public static String action(AuditAction action) {
        return switch (action) {
            case UNLOCK -> "Unlocked";
            case FAILED_UNLOCK -> "Wrong passphrase typed";
            case LOCK -> "Locked";
            case CLIENT_VIEWED -> "Client record opened";
            case NOTE_CREATED -> "Note started";
            case NOTE_EDITED -> "Note edited";
            case NOTE_SIGNED -> "Note signed";
            case ADDENDUM_ADDED -> "Addendum added";
            case EXPORT -> "Exported";
            case BACKUP -> "Backup";
            case RESTORE -> "Restored from a backup";
            case PASSPHRASE_CHANGED -> "Passphrase changed";
            case TAXONOMY_CHANGED -> "Taxonomy changed";
            case CLIENT_CREATED -> "Client added";
            case CLIENT_DISCHARGED -> "Client discharged";
            case CLIENT_DELETED -> "Client deleted";
            case VAULT_CREATED -> "Vault created";
            case CLINICIAN_SET -> "Clinician named";
            case CLIENT_EDITED -> "Client details edited";
            case RISK_REVIEWED -> "Risk review recorded";
            case CASELOAD_LISTED -> "Caseload listed";
            case PRIVATE_NOTES_SEARCHED -> "Private notes searched";
        };
    }

    public static String chain(ChainVerification check) {
        String entries = check.checkedRows() == 1 ? "1 entry" : check.checkedRows() + " entries";
        if (check.intact()) {
            return "Audit chain intact \u2014 " + entries;
        }
        return "Audit chain broken at entry " + check.firstBrokenId() + ": it, or one just before it, was changed or "
                + "removed after it was written. Entries before it are confirmed; run \u201cgoldseam check\u201d and keep a "
                + "backup from before that time.";
    }
}
