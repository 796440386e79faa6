package org.goldseam.vault.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.h2.api.Trigger;

/**
 * Writes the seal of every row inserted into or updated in the table it is attached to, so that no
 * repository can forget it: the database itself seals what it stores ({@link RowSeal}). Installed on
 * every sealed table by {@link RowSealMigration}.
 */
public final class RowSealTrigger implements Trigger {
    private String schema = "PUBLIC";
    private String table = "";
    private String[] columns = new String[0];
    private int sealIndex = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        schema = schemaName;
        table = tableName;
        readColumns(conn);
    }

    /** The table's columns in row order; read again if the table has changed shape since. */
    private void readColumns(Connection conn) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var statement = conn.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        columns = names.toArray(String[]::new);
        sealIndex = names.indexOf(RowSeal.COLUMN);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null) {
            return; // a delete: nothing to seal
        }
        if (newRow.length != columns.length || sealIndex < 0) {
            readColumns(conn);
        }
        if (sealIndex < 0) {
            throw new SQLException(table + " has a seal trigger but no " + RowSeal.COLUMN + " column", "42000");
        }
        newRow[sealIndex] = RowSeal.of(columns, newRow);
    }
}
