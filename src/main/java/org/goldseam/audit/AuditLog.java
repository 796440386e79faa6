package org.goldseam.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where audit entries go: the vault's append-only trail. An interface here so that {@link AuditService}
 * and the records it speaks in do not depend on the repository that stores them (no package cycle).
 */
public interface AuditLog {
    /** Appends one entry chained to the last; joins the caller's transaction if there is one. */
    AuditEvent append(AuditAction action, String actor, @Nullable Long clientId, @Nullable Long noteId, @Nullable String detail, Instant at);

    List<AuditEvent> list(AuditFilter filter);

    ChainVerification verifyChain();
}
