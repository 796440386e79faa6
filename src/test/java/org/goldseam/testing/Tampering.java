package org.goldseam.testing;

import static org.goldseam.db.Tables.AUDIT_EVENT;

import java.time.ZoneOffset;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.AuditChain;
import org.goldseam.audit.AuditEvent;
import org.goldseam.db.tables.records.AuditEventRecord;
import org.jooq.DSLContext;

/** What someone editing a vault behind Goldseam's back would do first. */
public final class Tampering {
    /** The guard exactly as schema version 4 creates it. */
    public static final String GUARD_TRIGGER = "CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event "
            + "FOR EACH ROW CALL 'org.goldseam.vault.persistence.AppendOnlyTrigger'";

    private Tampering() {
    }

    /** Drops the trigger that keeps audit rows from being changed, as H2's own tools could. */
    public static void removeAuditGuard(DSLContext dsl) {
        dsl.execute("DROP TRIGGER audit_event_append_only");
    }

    /** Puts the guard back as it was, so that nothing in the catalogue betrays the edit. */
    public static void restoreAuditGuard(DSLContext dsl) {
        dsl.execute(GUARD_TRIGGER);
    }

    /**
     * Rewrites every audit row's previous hash and hash, in id order, with each row's own hash
     * version: what a passphrase holder who read {@link AuditChain} would do after an edit, so that
     * the chain inside the vault verifies again.
     */
    public static void recomputeAuditChain(DSLContext dsl) {
        String prev = AuditChain.GENESIS;
        for (AuditEventRecord r : dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch()) {
            AuditEvent event = new AuditEvent(r.getId(), r.getOccurredAt().withOffsetSameInstant(ZoneOffset.UTC),
                    AuditAction.fromDb(r.getAction()), r.getActor(), r.getClientId(), r.getNoteId(), r.getDetail(), prev, "0".repeat(64));
            String hash = AuditChain.expectedHash(r.getHashVersion(), event);
            dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.PREV_HASH, prev).set(AUDIT_EVENT.ROW_HASH, hash)
                    .where(AUDIT_EVENT.ID.eq(r.getId())).execute();
            prev = hash;
        }
    }
}
