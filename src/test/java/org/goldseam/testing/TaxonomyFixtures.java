package org.goldseam.testing;

import static org.goldseam.db.Tables.TAXONOMY_ENTRY;
import static org.goldseam.db.Tables.TREATMENT_GOAL;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.goldseam.db.tables.records.TaxonomyEntryRecord;
import org.goldseam.db.tables.records.TreatmentGoalRecord;
import org.jooq.DSLContext;

/**
 * Rows that notes refer to but whose repositories belong to other features: taxonomy entries and
 * treatment goals, inserted directly. Synthetic vocabulary only.
 */
public final class TaxonomyFixtures {
    private TaxonomyFixtures() {
    }

    /**
     * The id of the entry with {@code key}: the built-in one the migrations ship, or else a new
     * active clinician-defined entry ({@code key} must start with "{category}.").
     */
    public static long entry(DSLContext dsl, String category, String key) {
        Long existing = dsl.select(TAXONOMY_ENTRY.ID).from(TAXONOMY_ENTRY).where(TAXONOMY_ENTRY.ENTRY_KEY.eq(key))
                .fetchOne(TAXONOMY_ENTRY.ID);
        if (existing != null) {
            return existing;
        }
        TaxonomyEntryRecord row = dsl.newRecord(TAXONOMY_ENTRY);
        row.setCategory(category);
        row.setEntryKey(key);
        row.setLabel(key.substring(key.indexOf('.') + 1).replace('_', ' '));
        row.setDescription("test entry");
        row.setBuiltin(false);
        row.setActive(true);
        row.setSortOrder(0);
        row.setCreatedAt(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        row.store();
        return row.getId();
    }

    /** Inserts an active treatment goal for {@code clientId}. */
    public static long goal(DSLContext dsl, long clientId, String description) {
        TreatmentGoalRecord row = dsl.newRecord(TREATMENT_GOAL);
        row.setClientId(clientId);
        row.setDescription(description);
        row.setStatus("active");
        row.setCreatedOn(LocalDate.of(2026, 1, 1));
        row.store();
        return row.getId();
    }
}
