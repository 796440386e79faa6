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
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.AuditChain;
import org.goldseam.audit.AuditEvent;
import org.goldseam.audit.AuditFilter;
import org.goldseam.audit.ChainVerification;
import org.goldseam.db.tables.records.AuditEventRecord;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The append-only audit trail. There is deliberately no update or delete: entries are only added,
 * each chained to the one before by {@link AuditChain}.
 */
public final class AuditRepository {
    private static final int VERIFY_FETCH_SIZE = 500;

    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
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
            String rowHash = AuditChain.rowHash(prevHash, occurredAt, action, actor, clientId, noteId, detail);
            AuditEventRecord row = tx.newRecord(AUDIT_EVENT);
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
    public ChainVerification verifyChain() {
        long checked = 0;
        String expectedPrev = AuditChain.GENESIS;
        try (Cursor<AuditEventRecord> rows = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID)
                .fetchSize(VERIFY_FETCH_SIZE).fetchLazy()) {
            for (AuditEventRecord row : rows) {
                checked++;
                AuditEvent event = toEvent(row);
                if (!event.prevHash().equals(expectedPrev) || !AuditChain.selfConsistent(event)) {
                    return new ChainVerification(checked, event.id());
                }
                expectedPrev = event.rowHash();
            }
        }
        return new ChainVerification(checked, null);
    }

    private static AuditEvent toEvent(AuditEventRecord r) {
        return new AuditEvent(r.getId(), r.getOccurredAt().withOffsetSameInstant(ZoneOffset.UTC),
                AuditAction.fromDb(r.getAction()), r.getActor(), r.getClientId(), r.getNoteId(), r.getDetail(),
                r.getPrevHash(), r.getRowHash());
    }
}
