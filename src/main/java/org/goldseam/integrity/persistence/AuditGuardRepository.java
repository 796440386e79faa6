package org.goldseam.integrity.persistence;

import org.jooq.DSLContext;

/** Whether the database still refuses changes to the audit trail (schema version 4). */
public final class AuditGuardRepository {
    private final DSLContext dsl;

    public AuditGuardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** True when both the trigger and the table that blocks TRUNCATE are in place. */
    public boolean guardInPlace() {
        int triggers = dsl.fetchCount(dsl.selectOne().from("INFORMATION_SCHEMA.TRIGGERS")
                .where("LOWER(TRIGGER_NAME) = 'audit_event_append_only'"));
        int guards = dsl.fetchCount(dsl.selectOne().from("INFORMATION_SCHEMA.TABLES")
                .where("LOWER(TABLE_NAME) = 'audit_event_truncate_guard'"));
        // H2 lists the trigger once per event it fires on (UPDATE, DELETE)
        return triggers > 0 && guards == 1;
    }
}
