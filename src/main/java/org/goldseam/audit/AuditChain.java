package org.goldseam.audit;

import java.time.OffsetDateTime;
import org.goldseam.hashing.CanonicalDigest;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;

/**
 * The hash chain of the audit trail: each entry's hash covers the previous entry's hash, so editing
 * or removing an entry breaks every link after it.
 *
 * <p>{@code row_hash} = SHA-256 hex over the {@link CanonicalDigest} tokens: domain tag
 * {@code "goldseam-audit-v1"}, previous hash, time in UTC as ISO-8601
 * ({@link java.time.Instant#toString()}), action database value, actor, client id (or null),
 * note id (or null), detail (or null). The database id is deliberately not covered: it is assigned
 * by the database after the hash is computed.
 */
@NullUnmarked // NullAway findings here are not fixed yet: see ADR 0016
public final class AuditChain {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    static final String DOMAIN = "goldseam-audit-v1";

    private AuditChain() {
    }

    public static String rowHash(String prevHash, OffsetDateTime occurredAt, AuditAction action, String actor,
            @Nullable Long clientId, @Nullable Long noteId, @Nullable String detail) {
        return CanonicalDigest.start(DOMAIN)
                .text(prevHash)
                .text(occurredAt.toInstant().toString())
                .text(action.dbValue())
                .text(actor)
                .number(clientId)
                .number(noteId)
                .text(detail)
                .hex();
    }

    /** Whether {@code event}'s stored hash matches its own content and claimed predecessor. */
    public static boolean selfConsistent(AuditEvent event) {
        return event.rowHash().equals(rowHash(event.prevHash(), event.occurredAt(), event.action(), event.actor(),
                event.clientId(), event.noteId(), event.detail()));
    }
}
