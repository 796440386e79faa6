package org.goldseam.audit;

import java.time.OffsetDateTime;
import org.goldseam.hashing.CanonicalDigest;
import org.jspecify.annotations.Nullable;

/**
 * The hash chain of the audit trail: each entry's hash covers the previous entry's hash, so editing
 * or removing an entry breaks every link after it.
 *
 * <p>{@code row_hash} = SHA-256 hex over the {@link CanonicalDigest} tokens: domain tag
 * {@code "goldseam-audit-v1"}, previous hash, time in UTC as ISO-8601
 * ({@link java.time.Instant#toString()}), action database value, actor, client id (or null),
 * note id (or null), detail (or null).
 *
 * <p>Two versions exist (schema version 7, ADR 0016). Version 1 ({@code "goldseam-audit-v1"}) does
 * not cover the row id, so renumbered rows kept their hashes; entries written before schema version
 * 7 keep it. Version 2 ({@code "goldseam-audit-v2"}) puts the row id first, then the version 1
 * tokens; the repository picks the id itself, inside the append's lock, before hashing. Each row
 * records its version; an unknown version never verifies.
 */
public final class AuditChain {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    static final String DOMAIN = "goldseam-audit-v1";
    static final String DOMAIN_V2 = "goldseam-audit-v2";
    /** The version every new entry is hashed with. */
    public static final int CURRENT_VERSION = 2;

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

    /** The version 2 hash: the row id, then the same tokens as {@link #rowHash version 1}. */
    public static String rowHashV2(long id, String prevHash, OffsetDateTime occurredAt, AuditAction action, String actor,
            @Nullable Long clientId, @Nullable Long noteId, @Nullable String detail) {
        return CanonicalDigest.start(DOMAIN_V2)
                .number(id)
                .text(prevHash)
                .text(occurredAt.toInstant().toString())
                .text(action.dbValue())
                .text(actor)
                .number(clientId)
                .number(noteId)
                .text(detail)
                .hex();
    }

    /** The hash {@code event} should carry under {@code version}, or null for a version that does not exist. */
    public static @Nullable String expectedHash(int version, AuditEvent event) {
        return switch (version) {
            case 1 -> rowHash(event.prevHash(), event.occurredAt(), event.action(), event.actor(),
                    event.clientId(), event.noteId(), event.detail());
            case 2 -> rowHashV2(event.id(), event.prevHash(), event.occurredAt(), event.action(), event.actor(),
                    event.clientId(), event.noteId(), event.detail());
            default -> null;
        };
    }

    /** Whether {@code event}'s stored hash matches, under {@code version}, its content, id and claimed predecessor. */
    public static boolean selfConsistent(int version, AuditEvent event) {
        return event.rowHash().equals(expectedHash(version, event));
    }
}
