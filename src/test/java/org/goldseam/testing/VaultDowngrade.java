package org.goldseam.testing;

import org.jooq.DSLContext;

/** Turns a fresh vault back into what an older Goldseam wrote, to test the upgrade from there. */
public final class VaultDowngrade {
    private VaultDowngrade() {
    }

    /** Undoes migration 6: no labels kept at signing, no clinician identity, no history row for it. */
    public static void toSchema5(DSLContext dsl) {
        dsl.execute("DROP TABLE clinician");
        dsl.execute("ALTER TABLE theme_observation DROP COLUMN label_at_signing");
        dsl.execute("ALTER TABLE note_intervention DROP COLUMN label_at_signing");
        dsl.execute("ALTER TABLE goal_progress DROP COLUMN goal_at_signing");
        dsl.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '6'");
    }
}
