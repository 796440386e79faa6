package org.goldseam.vault.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 4: the audit trail becomes append-only in the database itself (ADR 0009). Version
 * 3 is {@code schema/V3__saved_searches.sql} on main; Flyway orders Java and SQL migrations together.
 *
 * <p>H2-specific on purpose, which is why it is a Java migration and not a file in {@code schema/}:
 * H2's triggers are Java classes ({@link AppendOnlyTrigger}) that must be on the class path when the
 * trigger is created, and jOOQ's code generator, which reads {@code schema/} at build time, can
 * neither parse this statement nor load the class before it is compiled. A PostgreSQL port would
 * use {@code CREATE RULE … DO INSTEAD NOTHING} or a PL/pgSQL trigger instead. The checksum covers the
 * statement, so an edit to it is reported by {@code check} like an edited SQL migration.
 */
final class AuditAppendOnlyMigration implements JavaMigration {
    static final String TRIGGER = "CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event "
            + "FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'";
    /**
     * H2 runs no trigger for TRUNCATE TABLE, but refuses to truncate a table that a foreign key points
     * at. This empty table exists only to be that foreign key; nothing ever writes to it.
     */
    static final String TRUNCATE_GUARD = "CREATE TABLE audit_event_truncate_guard (event_id BIGINT, "
            + "CONSTRAINT fk_audit_truncate_guard FOREIGN KEY (event_id) REFERENCES audit_event (id))";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "audit append only";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(TRIGGER.getBytes(StandardCharsets.UTF_8));
        crc.update(TRUNCATE_GUARD.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(TRIGGER);
            statement.execute(TRUNCATE_GUARD);
        }
    }
}
