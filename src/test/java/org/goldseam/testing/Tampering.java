package org.goldseam.testing;

import org.jooq.DSLContext;

/** What someone editing a vault behind Goldseam's back would do first. */
public final class Tampering {
    private Tampering() {
    }

    /** Drops the trigger that keeps audit rows from being changed, as H2's own tools could. */
    public static void removeAuditGuard(DSLContext dsl) {
        dsl.execute("DROP TRIGGER audit_event_append_only");
    }
}
