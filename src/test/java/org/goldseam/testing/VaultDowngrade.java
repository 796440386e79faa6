package org.goldseam.testing;

import org.jooq.DSLContext;

/** Turns a fresh vault back into what an older Goldseam wrote, to test the upgrade from there. */
public final class VaultDowngrade {
    private VaultDowngrade() {
    }

    /**
     * Undoes migration 9: no row seals, no seal triggers, no history row for it (the rows stay as they
     * are).
     */
    public static void toSchema8(DSLContext dsl) {
        for (var trigger : dsl.fetch("SELECT DISTINCT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_NAME LIKE '%_ROW_SEAL'")) {
            dsl.execute("DROP TRIGGER \"" + trigger.get(0, String.class) + "\"");
        }
        for (var table : dsl.fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                + "AND COLUMN_NAME = 'ROW_SEAL'")) {
            dsl.execute("ALTER TABLE \"" + table.get(0, String.class) + "\" DROP COLUMN row_seal");
        }
        dsl.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9'");
    }

    /**
     * Undoes migrations 9 and 8 as far as 8's history goes: 8 changed data only (kinds of shame on
     * drafts), so without its history row the next open runs it again, as on a vault written before it.
     */
    public static void toSchema7(DSLContext dsl) {
        toSchema8(dsl);
        dsl.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '8'");
    }

    /**
     * Undoes migrations 9, 8 and 7: every audit entry hashed as an older Goldseam hashed it (version 1, id not
     * covered), no hash_version column, no history row for it.
     */
    public static void toSchema6(DSLContext dsl) {
        toSchema7(dsl);
        Tampering.removeAuditGuard(dsl);
        dsl.execute("UPDATE audit_event SET hash_version = 1");
        Tampering.recomputeAuditChain(dsl);
        dsl.execute("ALTER TABLE audit_event DROP CONSTRAINT ck_audit_event_hash_version");
        dsl.execute("ALTER TABLE audit_event DROP COLUMN hash_version");
        Tampering.restoreAuditGuard(dsl);
        dsl.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '7'");
    }

    /** Undoes migrations 7 and 6: no labels kept at signing, no clinician identity, no history row for it. */
    public static void toSchema5(DSLContext dsl) {
        toSchema6(dsl);
        dsl.execute("DROP TABLE clinician");
        dsl.execute("ALTER TABLE theme_observation DROP COLUMN label_at_signing");
        dsl.execute("ALTER TABLE note_intervention DROP COLUMN label_at_signing");
        dsl.execute("ALTER TABLE goal_progress DROP COLUMN goal_at_signing");
        dsl.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '6'");
    }
}
