package org.goldseam.vault.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.goldseam.vault.ChainMark;
import org.goldseam.vault.VaultFiles;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The open, decrypted database of a vault: a small H2 connection pool and the jOOQ context over it.
 * Only persistence classes see this; the rest of Goldseam talks to repositories.
 */
public final class VaultDatabase implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(VaultDatabase.class.getName());
    static final String USER = "goldseam";
    /** Held strongly: java.util.logging forgets levels set on loggers nobody references. */
    @SuppressWarnings("UnusedVariable")
    private static final Logger JOOQ_LOG = quiet("org.jooq");

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        return logger;
    }

    private final KeyedPool keyed;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final ThreadBoundConnections connections;
    private volatile boolean compactOnClose;
    private volatile @Nullable ChainMark chainAtClose;
    private volatile @Nullable String contentAtClose;

    VaultDatabase(KeyedPool keyed) {
        this.keyed = keyed;
        this.pool = keyed.pool();
        Settings settings = new Settings()
                // lower-case names unquoted: H2 and PostgreSQL each fold them their own way
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                // SQL with bind values would put client data into logs
                .withExecuteLogging(false)
                .withRenderSchema(false);
        // Thread-bound units of work: everything a thread does inside inTransaction (every repository,
        // every repository transaction, the audit append) runs on one connection and commits or rolls
        // back as one. Outside a unit each statement takes a pooled connection as before.
        this.connections = new ThreadBoundConnections(pool);
        this.dsl = DSL.using(connections, SQLDialect.H2, settings);
    }

    /**
     * Runs {@code work} in one transaction on the calling thread: a change and its audit entry are
     * both committed, or neither (an exception rolls everything back and is rethrown as it was).
     * Repositories' own transactions inside it become part of this one.
     */
    public <T> T inTransaction(Supplier<T> work) {
        return connections.inTransaction(work);
    }

    /**
     * The H2 URL for a vault. {@code TRACE_LEVEL_FILE=0}: H2's trace file would hold SQL text in
     * plaintext beside the encrypted store. {@code DB_CLOSE_ON_EXIT=FALSE}: the vault closes itself.
     * {@code WRITE_DELAY=0}: H2 otherwise writes commits to the file up to half a second later, and a
     * process killed in that window loses acknowledged text (seen in VaultOpenTest).
     * {@code REUSE_SPACE=FALSE}: H2 2.5.252 writes a new chunk into freed space between older ones
     * while its file header can still name the chunk before; after a kill, recovery starts from the
     * header and misses the newer chunk, so a committed save is gone (about one save in four on a
     * used vault, ADR 0014, {@code LostSaveStorageTest}). Appending every chunk at the end keeps
     * recovery exact; the space given up is taken back by compacting on close ({@link #close}).
     */
    static String url(VaultFiles files, boolean mustExist, boolean readOnly) {
        StringBuilder url = new StringBuilder("jdbc:h2:file:")
                .append(files.databaseBase().toString())
                .append(";CIPHER=AES;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE");
        url.append(mustExist ? ";IFEXISTS=TRUE" : ";IFEXISTS=FALSE");
        if (readOnly) {
            url.append(";ACCESS_MODE_DATA=r");
        }
        return url.toString();
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** A raw connection, for the few tasks jOOQ does not cover (migrations, SHUTDOWN). */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * The audit trail's length and last hash as the database was closed, for the header; null before
     * {@link #close}, for an empty trail, or when the trail could not be read.
     */
    public @Nullable ChainMark chainAtClose() {
        return chainAtClose;
    }

    /** The mark, or null when the trail cannot be read: closing must go on to SHUTDOWN whatever happens here. */
    private static @Nullable ChainMark markOrNull(Connection connection) {
        try {
            return chainMark(connection);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "the audit trail's mark could not be taken at close: " + e.getClass().getName());
            return null;
        }
    }

    /** The digest of the rows as they are closed; null when they cannot be read (the next open then skips that check). */
    private static @Nullable String contentOrNull(Connection connection) {
        try {
            return RowSeals.contentDigest(connection);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "the rows' digest could not be taken at close: " + e.getClass().getName());
            return null;
        }
    }

    /** What {@link RowSeals#contentDigest} gave as the database closed; null before {@link #close}. */
    public @Nullable String contentAtClose() {
        return contentAtClose;
    }

    /** The audit trail's length and the hash of its last entry, or null when it has none. */
    static @Nullable ChainMark chainMark(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*), (SELECT row_hash FROM audit_event ORDER BY id DESC LIMIT 1) "
                     + "FROM audit_event")) {
            if (!rows.next() || rows.getLong(1) == 0 || rows.getString(2) == null) {
                return null;
            }
            return new ChainMark(rows.getLong(1), rows.getString(2));
        }
    }

    /** Compacting a small file is not worth the wait; under this size the file is left as it is. */
    private static final long COMPACT_FROM_BYTES = 8L * 1024 * 1024;

    /** True when the file is big enough to matter and under half of it is live data. */
    static boolean mostlyFreeSpace(Connection connection) throws SQLException {
        long fileSize = 0;
        int fillRate = 100;
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE')")) {
            while (rows.next()) {
                if ("info.FILE_SIZE".equals(rows.getString(1))) {
                    fileSize = Long.parseLong(rows.getString(2));
                } else {
                    fillRate = Integer.parseInt(rows.getString(2));
                }
            }
        }
        return fileSize >= COMPACT_FROM_BYTES && fillRate < 50;
    }

    JdbcConnectionPool pool() {
        return pool;
    }

    /**
     * Rewrite the file compactly when it closes. After a bulk load (the demo) most of the file is
     * superseded pages; H2's own time-limited compaction on close would leave it many times too big.
     */
    public void compactOnClose() {
        compactOnClose = true;
    }

    /**
     * Closes the database so every committed change is in the file and the file lock is released.
     * The file is rewritten compactly when asked, or when less than half of it is live data: with
     * space reuse off (see {@link #url}) every save appends, and this is where the file shrinks again.
     */
    @Override
    public void close() {
        try (Connection connection = pool.getConnection()) {
            chainAtClose = markOrNull(connection);
            contentAtClose = contentOrNull(connection);
            boolean compact = compactOnClose || mostlyFreeSpace(connection);
            connection.createStatement().execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException e) {
            // SHUTDOWN closes the connection under us on some paths; the store is closed either way
            LOG.log(Level.FINE, "shutdown reported " + e.getErrorCode());
        } finally {
            keyed.dispose(); // and the H2 password with it
            // H2 keeps soft caches of strings and values it has read (client names, note text) that outlives
            // the database; a locked vault must leave none of them in memory
            org.h2.util.StringUtils.clearCache();
            org.h2.value.Value.clearCache();
        }
    }
}
