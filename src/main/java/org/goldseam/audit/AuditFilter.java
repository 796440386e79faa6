package org.goldseam.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to list; every null criterion matches everything.
 *
 * @param from inclusive
 * @param until exclusive
 */
public record AuditFilter(@Nullable Instant from, @Nullable Instant until, @Nullable AuditAction action, @Nullable Long clientId, @Nullable Long noteId) {
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }

    public static AuditFilter forClient(long clientId) {
        return new AuditFilter(null, null, null, clientId, null);
    }

    public static AuditFilter forNote(long noteId) {
        return new AuditFilter(null, null, null, null, noteId);
    }
}
