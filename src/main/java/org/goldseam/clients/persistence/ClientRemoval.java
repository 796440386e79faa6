package org.goldseam.clients.persistence;

import java.time.Instant;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.persistence.AuditRepository;
import org.jooq.DSLContext;

/** Deletes a client and writes the audit event in one transaction: both happen, or neither. */
public final class ClientRemoval {
    private ClientRemoval() {
    }

    /** Returns false, and changes nothing, if there was no such client. */
    public static boolean deleteAndAudit(DSLContext dsl, long clientId, String actor, Instant at) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (!new ClientRepository(tx).delete(clientId)) {
                return false;
            }
            // the id only: the name and everything else about the client are gone with the record
            new AuditRepository(tx).append(AuditAction.CLIENT_DELETED, actor, clientId, null, null, at);
            return true;
        });
    }
}
