package org.goldseam.framework.persistence;

import static org.goldseam.db.Tables.FORMULATION;
import static org.goldseam.db.Tables.FORMULATION_ENTRY;
import static org.goldseam.db.Tables.TAXONOMY_ENTRY;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.goldseam.db.tables.records.FormulationRecord;
import org.goldseam.framework.model.FormulationDraft;
import org.goldseam.framework.model.FormulationRole;
import org.goldseam.framework.model.FormulationVersion;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** Formulation versions and the entries linked in each role. */
public final class FormulationRepository {
    private final DSLContext dsl;

    public FormulationRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    /** Stores the next version; {@code entryIds} holds, per role, the entry ids in the clinician's order. */
    public int insertVersion(long clientId, OffsetDateTime recordedAt, @Nullable String narrative,
                             Map<FormulationRole, List<Long>> entryIds) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Integer max = tx.select(DSL.max(FORMULATION.VERSION)).from(FORMULATION)
                    .where(FORMULATION.CLIENT_ID.eq(clientId)).fetchOne(0, Integer.class);
            int version = max == null ? 1 : max + 1;
            long id = tx.insertInto(FORMULATION)
                    .set(FORMULATION.CLIENT_ID, clientId)
                    .set(FORMULATION.VERSION, version)
                    .set(FORMULATION.RECORDED_AT, recordedAt)
                    .set(FORMULATION.NARRATIVE, narrative)
                    .returning(FORMULATION.ID)
                    .fetchOne(FORMULATION.ID);
            for (Map.Entry<FormulationRole, List<Long>> role : entryIds.entrySet()) {
                int position = 0;
                for (long entryId : role.getValue()) {
                    tx.insertInto(FORMULATION_ENTRY)
                            .set(FORMULATION_ENTRY.FORMULATION_ID, id)
                            .set(FORMULATION_ENTRY.ENTRY_ROLE, role.getKey().code())
                            .set(FORMULATION_ENTRY.ENTRY_ID, entryId)
                            .set(FORMULATION_ENTRY.POSITION, position++)
                            .execute();
                }
            }
            return version;
        });
    }

    /** All versions of a client, oldest first. */
    public List<FormulationVersion> versions(long clientId) {
        return dsl.selectFrom(FORMULATION)
                .where(FORMULATION.CLIENT_ID.eq(clientId))
                .orderBy(FORMULATION.VERSION)
                .fetch(this::toVersion);
    }

    private FormulationVersion toVersion(FormulationRecord r) {
        FormulationDraft content = new FormulationDraft(keys(r, FormulationRole.TRIGGER),
                keys(r, FormulationRole.CORE_BELIEF), keys(r, FormulationRole.DEFENSE), keys(r, FormulationRole.COST),
                r.getNarrative());
        return new FormulationVersion(r.getId(), r.getClientId(), r.getVersion(), r.getRecordedAt(), content);
    }

    /** The entry keys of one role of a version, in the clinician's order. */
    private List<String> keys(FormulationRecord r, FormulationRole role) {
        return dsl.select(TAXONOMY_ENTRY.ENTRY_KEY)
                .from(FORMULATION_ENTRY)
                .join(TAXONOMY_ENTRY).on(TAXONOMY_ENTRY.ID.eq(FORMULATION_ENTRY.ENTRY_ID))
                .where(FORMULATION_ENTRY.FORMULATION_ID.eq(r.getId()))
                .and(FORMULATION_ENTRY.ENTRY_ROLE.eq(role.code()))
                .orderBy(FORMULATION_ENTRY.POSITION)
                .fetch(TAXONOMY_ENTRY.ENTRY_KEY);
    }
}
