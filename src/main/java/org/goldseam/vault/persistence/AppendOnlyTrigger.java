package org.goldseam.vault.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses every UPDATE and DELETE of the table it is attached to (the audit trail), so that no code
 * path, Goldseam's own included, can change or remove an audit event. This guards against mistakes;
 * someone with the passphrase and H2's tools could still drop it, which is what the hash chain that
 * {@code check} verifies is for. Installed by {@link AuditAppendOnlyMigration}.
 */
public final class AppendOnlyTrigger implements Trigger {
    private String table = "the table";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        table = tableName.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: its rows can be added but never changed or removed", "42000");
    }
}
