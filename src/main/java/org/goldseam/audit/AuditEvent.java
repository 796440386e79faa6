package org.goldseam.audit;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One entry of the audit trail. {@code occurredAt} is in UTC.
 *
 * @param detail a short technical remark (a file name, a count), never clinical content; or null
 * @param prevHash the {@code rowHash} of the entry before, or 64 zeros for the first
 * @param rowHash {@link AuditChain#rowHash} of this entry
 */
public record AuditEvent(
        long id,
        OffsetDateTime occurredAt,
        AuditAction action,
        String actor,
        Long clientId,
        Long noteId,
        String detail,
        String prevHash,
        String rowHash) {

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(rowHash, "rowHash");
    }
}
