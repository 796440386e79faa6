package org.goldseam.integrity.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Whether the database still refuses changes to the audit trail (schema version 4, ADR 0009). The
 * guard is judged by what it does, not by its name: a trigger called {@code audit_event_append_only}
 * on another table, or one that fires on DELETE only, guards nothing.
 */
public final class AuditGuardRepository {
    /** The name Goldseam gives the trigger; any other name means it was recreated outside Goldseam. */
    static final String TRIGGER_NAME = "AUDIT_EVENT_APPEND_ONLY";
    static final String GUARDED_TABLE = "AUDIT_EVENT";
    static final String TRIGGER_CLASS = "org.goldseam.vault.persistence.AppendOnlyTrigger";
    static final String TRUNCATE_GUARD = "AUDIT_EVENT_TRUNCATE_GUARD";

    private final DSLContext dsl;

    public AuditGuardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** True when {@link #guardProblems()} finds nothing. */
    public boolean guardInPlace() {
        return guardProblems().isEmpty();
    }

    /**
     * What is wrong with the guard, in words for a check report; empty when it is whole: a trigger
     * named as Goldseam names it, on audit_event, BEFORE both UPDATE and DELETE, for each row,
     * calling {@code AppendOnlyTrigger}; no other trigger on audit_event; the table that blocks
     * TRUNCATE with its foreign key to audit_event; and an UPDATE and a DELETE of a real row, tried
     * in a transaction that is always rolled back, both refused.
     */
    public List<String> guardProblems() {
        List<String> problems = new ArrayList<>();
        Set<String> events = new TreeSet<>();
        boolean named = false;
        for (Record t : dsl.fetch("SELECT TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_TIMING, "
                + "ACTION_ORIENTATION, JAVA_CLASS FROM INFORMATION_SCHEMA.TRIGGERS")) {
            String name = upper(t.get(0));
            String table = upper(t.get(2));
            boolean ours = TRIGGER_NAME.equals(name);
            if (!ours && !GUARDED_TABLE.equals(table)) {
                continue;
            }
            if (ours && !GUARDED_TABLE.equals(table)) {
                problems.add("the trigger that should guard audit events is attached to another table");
                continue;
            }
            if (!ours) {
                problems.add("audit events carry a trigger Goldseam did not create (" + name.toLowerCase(Locale.ROOT) + ")");
                continue;
            }
            named = true;
            if (!"BEFORE".equals(upper(t.get(3))) || !"ROW".equals(upper(t.get(4)))
                    || !TRIGGER_CLASS.equals(t.get(5) == null ? null : t.get(5).toString())) {
                problems.add("the trigger guarding audit events was replaced by one that does not refuse changes");
                continue;
            }
            events.add(upper(t.get(1)));
        }
        if (!named) {
            problems.add("the trigger guarding audit events is gone (removed or renamed outside Goldseam)");
        } else if (!events.containsAll(Set.of("UPDATE", "DELETE"))) {
            problems.add("the trigger guarding audit events no longer fires on both UPDATE and DELETE");
        }
        if (!truncateGuardInPlace()) {
            problems.add("the table that keeps audit events from being truncated, or its reference to them, is gone");
        }
        probe("UPDATE audit_event SET detail = detail WHERE id = (SELECT MIN(id) FROM audit_event)", "changed", problems);
        probe("DELETE FROM audit_event WHERE id = (SELECT MIN(id) FROM audit_event)", "removed", problems);
        return problems;
    }

    private boolean truncateGuardInPlace() {
        return dsl.fetchCount(DSL.selectOne().from("INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r")
                .join("INFORMATION_SCHEMA.TABLE_CONSTRAINTS f").on("f.CONSTRAINT_NAME = r.CONSTRAINT_NAME "
                        + "AND f.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA")
                .join("INFORMATION_SCHEMA.TABLE_CONSTRAINTS u").on("u.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME "
                        + "AND u.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA")
                .where("UPPER(f.TABLE_NAME) = '" + TRUNCATE_GUARD + "' AND UPPER(u.TABLE_NAME) = '" + GUARDED_TABLE + "'")) > 0;
    }

    /**
     * Tries a change of the oldest audit event and always rolls it back. With the guard in place the
     * database refuses it; if it is accepted, the guard is not working whatever the catalogue says.
     * An empty trail has no row to try on.
     */
    private void probe(String sql, String verb, List<String> problems) {
        try {
            dsl.transaction(cfg -> {
                int rows = cfg.dsl().execute(sql);
                throw new ProbeAccepted(rows);
            });
        } catch (ProbeAccepted accepted) {
            if (accepted.rows > 0) {
                problems.add("the database let an audit event be " + verb + " (the change was rolled back)");
            }
        } catch (DataAccessException refused) {
            // refused by the guard: as it should be
        }
    }

    private static String upper(Object value) {
        return value == null ? "" : value.toString().toUpperCase(Locale.ROOT);
    }

    /** Carries the outcome of an accepted probe out of the transaction, which it also rolls back. */
    private static final class ProbeAccepted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int rows;

        ProbeAccepted(int rows) {
            super(null, null, false, false);
            this.rows = rows;
        }
    }
}
