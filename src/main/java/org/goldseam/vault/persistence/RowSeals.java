package org.goldseam.vault.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Verifies row seals ({@link RowSeal}): every row of every sealed table read back and its seal
 * computed again. Reads only. Used before a vault opens (a changed value is then refused as damage
 * before any command can show it) and by {@code check}, which also reports a table left unsealed.
 */
public final class RowSeals {
    /** Tables with no seal column, and why: see {@link RowSealMigration}. */
    static final List<String> UNSEALED = List.of("AUDIT_EVENT", "AUDIT_EVENT_TRUNCATE_GUARD", "flyway_schema_history");
    private static final Set<String> EXEMPT = Set.copyOf(UNSEALED);

    private RowSeals() {
    }

    /**
     * @param tables   sealed tables read
     * @param rows     rows whose seal was computed again
     * @param broken   per table with rows that no longer match: "N of M rows of TABLE"
     * @param unsealed tables that should be sealed but have no seal column
     */
    public record Verification(int tables, long rows, List<String> broken, List<String> unsealed) {
        public Verification {
            broken = List.copyOf(broken);
            unsealed = List.copyOf(unsealed);
        }

        public boolean intact() {
            return broken.isEmpty();
        }
    }

    /** Verifies every seal of an open vault. */
    public static Verification verify(VaultDatabase database) {
        try (Connection connection = database.connection()) {
            return verify(connection);
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException("row seals could not be read", e);
        }
    }

    /** True when the vault's schema has seals at all (migration 9 applied). */
    static boolean sealed(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND COLUMN_NAME = '" + RowSeal.COLUMN + "'")) {
            return rows.next() && rows.getLong(1) > 0;
        }
    }

    /**
     * A digest of what the vault holds, cheap enough to take at every close: each sealed table's row
     * count and the XOR of its seals, and the audit trail's length and last hash. Computed inside the
     * database, without decoding rows into Java. Equal digests at close and at the next open mean no
     * row was lost, added or changed in between (a changed value also changes nothing here, which is
     * what {@link #verify} finds); in particular H2 did not fall back to an older state of its file.
     */
    public static String contentDigest(Connection connection) throws SQLException {
        StringBuilder all = new StringBuilder("goldseam-content-v1");
        for (String table : sealedTables(connection)) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*), BIT_XOR_AGG(" + RowSeal.COLUMN + ") FROM \""
                         + table.replace("\"", "\"\"") + "\"")) {
                rows.next();
                all.append('\n').append(table).append(' ').append(rows.getLong(1)).append(' ').append(rows.getLong(2));
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*), (SELECT row_hash FROM audit_event ORDER BY id DESC LIMIT 1) "
                     + "FROM audit_event")) {
            rows.next();
            all.append("\naudit ").append(rows.getLong(1)).append(' ').append(rows.getString(2));
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The tables that have a seal column, by name. */
    private static List<String> sealedTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                     + "AND COLUMN_NAME = '" + RowSeal.COLUMN + "' ORDER BY TABLE_NAME")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    static Verification verify(Connection connection) throws SQLException {
        List<String> broken = new ArrayList<>();
        List<String> unsealed = new ArrayList<>();
        List<String> sealedTables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT T.TABLE_NAME, (SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS C "
                     + "WHERE C.TABLE_SCHEMA = T.TABLE_SCHEMA AND C.TABLE_NAME = T.TABLE_NAME AND C.COLUMN_NAME = '"
                     + RowSeal.COLUMN + "') FROM INFORMATION_SCHEMA.TABLES T "
                     + "WHERE T.TABLE_SCHEMA = 'PUBLIC' AND T.TABLE_TYPE = 'BASE TABLE' ORDER BY T.TABLE_NAME")) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (rows.getLong(2) > 0) {
                    sealedTables.add(table);
                } else if (!EXEMPT.contains(table)) {
                    unsealed.add(table);
                }
            }
        }
        long total = 0;
        for (String table : sealedTables) {
            long count = 0;
            long mismatched = 0;
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(500);
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    ResultSetMetaData meta = rows.getMetaData();
                    String[] columns = new String[meta.getColumnCount()];
                    int sealIndex = -1;
                    for (int i = 0; i < columns.length; i++) {
                        columns[i] = meta.getColumnName(i + 1);
                        if (columns[i].equals(RowSeal.COLUMN)) {
                            sealIndex = i;
                        }
                    }
                    Object[] row = new Object[columns.length];
                    while (rows.next()) {
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rows.getObject(i + 1);
                        }
                        count++;
                        Object seal = row[sealIndex];
                        if (!(seal instanceof Long stored) || stored != RowSeal.of(columns, row)) {
                            mismatched++;
                        }
                    }
                }
            }
            if (mismatched > 0) {
                broken.add(mismatched + " of " + count + " rows of " + table.toLowerCase(java.util.Locale.ROOT));
            }
            total += count;
        }
        return new Verification(sealedTables.size(), total, broken, unsealed);
    }
}
