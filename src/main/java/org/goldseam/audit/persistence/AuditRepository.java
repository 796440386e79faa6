package org.goldseam.audit.persistence;

import static org.goldseam.db.Tables.AUDIT_EVENT;
import static org.goldseam.db.Tables.VAULT_METADATA;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.goldseam.audit.AnchorVerification;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.AuditAnchor;
import org.goldseam.audit.AuditChain;
import org.goldseam.audit.AuditEvent;
import org.goldseam.audit.AuditFilter;
import org.goldseam.audit.AuditLog;
import org.goldseam.audit.ChainVerification;
import org.goldseam.db.tables.records.AuditEventRecord;
import org.goldseam.vault.Vault;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The append-only audit trail. There is deliberately no update or delete: entries are only added,
 * each chained to the one before by {@link AuditChain}.
 */
public final class AuditRepository implements AuditLog {
    private static final int VERIFY_FETCH_SIZE = 500;

    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    /** The trail of an open vault. */
    public static AuditRepository of(Vault vault) {
        return new AuditRepository(vault.database().dsl());
    }

    /**
     * Appends an entry chained to the current last one and returns it.
     *
     * <p>Two appends must never read the same last hash, or the chain would fork. The method is
     * synchronised for callers sharing this repository, and inside the transaction it locks the
     * vault's single metadata row, which serialises appends from any other repository or connection
     * on the same database too. (Locking the last audit row would not do: the first append has no
     * row to lock.)
     *
     * @param detail a short technical remark, never clinical content; may be null
     */
    @Override
    public synchronized AuditEvent append(AuditAction action, String actor, @Nullable Long clientId, @Nullable Long noteId,
            @Nullable String detail, Instant at) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        // the database keeps microseconds: hash exactly what will be read back
        OffsetDateTime occurredAt = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.select(VAULT_METADATA.ID).from(VAULT_METADATA).where(VAULT_METADATA.ID.eq(1)).forUpdate().fetch();
            String prevHash = tx.select(AUDIT_EVENT.ROW_HASH).from(AUDIT_EVENT)
                    .orderBy(AUDIT_EVENT.ID.desc()).limit(1)
                    .fetchOptional(AUDIT_EVENT.ROW_HASH).orElse(AuditChain.GENESIS);
            // the id is chosen here, under the lock, so that the hash can cover it (version 2)
            long id = tx.select(DSL.coalesce(DSL.max(AUDIT_EVENT.ID), 0L)).from(AUDIT_EVENT).fetchOne(0, Long.class) + 1;
            String rowHash = AuditChain.rowHashV2(id, prevHash, occurredAt, action, actor, clientId, noteId, detail);
            AuditEventRecord row = tx.newRecord(AUDIT_EVENT);
            row.setId(id);
            row.setHashVersion((short) AuditChain.CURRENT_VERSION);
            row.setOccurredAt(occurredAt);
            row.setAction(action.dbValue());
            row.setActor(actor);
            row.setClientId(clientId);
            row.setNoteId(noteId);
            row.setDetail(detail);
            row.setPrevHash(prevHash);
            row.setRowHash(rowHash);
            row.store();
            return toEvent(row);
        });
    }

    /** The entries matching {@code filter}, in the order they were appended. */
    @Override
    public List<AuditEvent> list(AuditFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(filter.from().atOffset(ZoneOffset.UTC)));
        }
        if (filter.until() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(filter.until().atOffset(ZoneOffset.UTC)));
        }
        if (filter.action() != null) {
            conditions.add(AUDIT_EVENT.ACTION.eq(filter.action().dbValue()));
        }
        if (filter.clientId() != null) {
            conditions.add(AUDIT_EVENT.CLIENT_ID.eq(filter.clientId()));
        }
        if (filter.noteId() != null) {
            conditions.add(AUDIT_EVENT.NOTE_ID.eq(filter.noteId()));
        }
        return dsl.selectFrom(AUDIT_EVENT).where(DSL.and(conditions)).orderBy(AUDIT_EVENT.ID)
                .fetch(AuditRepository::toEvent);
    }

    /**
     * Walks the whole trail in order and reports the first entry whose hash does not match its
     * content, or whose previous hash is not the hash of the entry before it. Removing the newest
     * entries leaves a shorter but consistent chain; that needs an anchor kept outside the vault.
     */
    @Override
    public ChainVerification verifyChain() {
        long checked = 0;
        String expectedPrev = AuditChain.GENESIS;
        try (Cursor<AuditEventRecord> rows = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID)
                .fetchSize(VERIFY_FETCH_SIZE).fetchLazy()) {
            for (AuditEventRecord row : rows) {
                checked++;
                AuditEvent event = toEvent(row);
                if (!event.prevHash().equals(expectedPrev) || !AuditChain.selfConsistent(row.getHashVersion(), event)) {
                    return new ChainVerification(checked, event.id());
                }
                expectedPrev = event.rowHash();
            }
        }
        return new ChainVerification(checked, null);
    }

    /** The trail as it stands now, to be written outside the vault. */
    public AuditAnchor anchor() {
        long length = dsl.fetchCount(AUDIT_EVENT);
        return dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.ROW_HASH).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc()).limit(1)
                .fetchOptional(r -> new AuditAnchor(length, r.value1(), r.value2()))
                .orElse(new AuditAnchor(0, 0, AuditChain.GENESIS));
    }

    /**
     * Whether the trail still begins with what {@code anchor} saw: at least as many entries, and
     * the entry at the anchor's length has the anchor's row id and hash. Together with an intact
     * {@link #verifyChain() chain} (every entry hashes its predecessor), this proves that no entry
     * up to that length was removed, renumbered or rewritten since, even with the hashes
     * recomputed, because any such rewrite changes the hash at the anchor's length.
     */
    public AnchorVerification verifyAgainst(AuditAnchor anchor) {
        long current = dsl.fetchCount(AUDIT_EVENT);
        if (current < anchor.length()) {
            return new AnchorVerification(anchor, current, "the trail holds " + current + " events, but " + anchor.length()
                    + " were recorded: events were removed");
        }
        if (anchor.length() == 0) {
            return new AnchorVerification(anchor, current, null);
        }
        var entry = dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.ROW_HASH).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID)
                .offset(anchor.length() - 1).limit(1).fetchOne();
        if (entry == null) {
            return new AnchorVerification(anchor, current, "event number " + anchor.length() + " is missing");
        }
        if (entry.value1() != anchor.lastId()) {
            return new AnchorVerification(anchor, current, "event number " + anchor.length() + " has id " + entry.value1()
                    + ", but " + anchor.lastId() + " was recorded: events were removed, added before it or renumbered");
        }
        if (!entry.value2().equals(anchor.lastHash())) {
            return new AnchorVerification(anchor, current, "event " + anchor.lastId()
                    + " no longer has the hash recorded: it or an event before it was rewritten");
        }
        return new AnchorVerification(anchor, current, null);
    }

    private static AuditEvent toEvent(AuditEventRecord r) {
        return new AuditEvent(r.getId(), r.getOccurredAt().withOffsetSameInstant(ZoneOffset.UTC),
                AuditAction.fromDb(r.getAction()), r.getActor(), r.getClientId(), r.getNoteId(), r.getDetail(),
                r.getPrevHash(), r.getRowHash());
    }
}
