package org.goldseam.vault.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 9: every table whose rows Goldseam shows gets a {@value RowSeal#COLUMN} column, a
 * {@link RowSealTrigger} that fills it on every insert and update, and a seal for each row already
 * there (ADR 0021). Version 8 is left to another change; Flyway orders Java and SQL migrations together.
 *
 * <p>A Java migration for the reason {@link AuditAppendOnlyMigration} gives: H2's triggers are Java
 * classes, and jOOQ's code generator, which reads {@code schema/}, neither parses the statement nor
 * needs to know the column (no repository reads or writes it; the database and {@link RowSeals} do).
 * Not sealed: the audit trail (its hash chain covers every row, ADR 0016), the empty table that
 * guards it against TRUNCATE, and Flyway's history (its checksums are validated by {@code check}).
 */
final class RowSealMigration implements JavaMigration {
    static final String ADD_COLUMN = "ALTER TABLE \"%s\" ADD COLUMN " + RowSeal.COLUMN + " BIGINT";
    static final String TRIGGER = "CREATE TRIGGER \"%s_ROW_SEAL\" BEFORE INSERT, UPDATE ON \"%s\" FOR EACH ROW CALL '"
            + RowSealTrigger.class.getName() + "'";
    /**
     * Fires the trigger once on every row already stored. The column stays nullable: H2 checks NOT NULL
     * before a BEFORE trigger runs, so it would refuse the insert the trigger is about to seal. A row
     * without a seal fails verification like a row with a wrong one.
     */
    static final String BACKFILL = "UPDATE \"%s\" SET " + RowSeal.COLUMN + " = NULL";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("9");
    }

    @Override
    public String getDescription() {
        return "row seals";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String part : List.of(ADD_COLUMN, TRIGGER, BACKFILL, String.join(",", RowSeals.UNSEALED))) {
            crc.update(part.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String table : tablesToSeal(connection)) {
                statement.execute(String.format(ADD_COLUMN, table));
                statement.execute(String.format(TRIGGER, table, table));
                statement.execute(String.format(BACKFILL, table));
            }
        }
    }

    /** Every base table of the schema except the {@link RowSeals#UNSEALED} ones. */
    static List<String> tablesToSeal(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (!RowSeals.UNSEALED.contains(name)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }
}
