package org.goldseam.vault.persistence;

import static org.goldseam.db.Tables.VAULT_METADATA;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.goldseam.db.tables.records.VaultMetadataRecord;
import org.goldseam.vault.ChainMark;
import org.goldseam.vault.GoldseamVersion;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultKeys;
import org.goldseam.vault.VaultProblem;
import org.goldseam.vault.SchemaUpgrade;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;

/**
 * Creates and opens the encrypted H2 database of a vault, applies the migrations from {@code schema/},
 * and turns H2's error codes into {@link VaultProblem}s.
 *
 * <p>Opening is done in two steps. A read-only pass first checks everything that can go wrong
 * (key, lock, damage, header mix-up, newer schema) without the chance of writing a byte; only when
 * it passes is the database opened for writing and migrated.
 */
public final class VaultStore {
    private static final String MIGRATIONS = "classpath:db/migration";
    private static final int POOL_SIZE = 4;
    /** Held strongly: java.util.logging forgets levels set on loggers nobody references. */
    @SuppressWarnings("UnusedVariable")
    private static final java.util.logging.Logger FLYWAY_LOG = quietFlyway();

    private static java.util.logging.Logger quietFlyway() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.flywaydb");
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private VaultStore() {
    }

    /** Creates the database of a new vault and records its id. The folder must hold no database. */
    public static VaultDatabase create(VaultFiles files, VaultKeys keys, String vaultId, Clock clock) {
        KeyedPool keyed = pool(VaultDatabase.url(files, false, false), keys);
        JdbcConnectionPool pool = keyed.pool();
        try {
            migrate(pool);
            VaultDatabase database = new VaultDatabase(keyed);
            OffsetDateTime now = OffsetDateTime.now(clock);
            VaultMetadataRecord metadata = database.dsl().newRecord(VAULT_METADATA);
            metadata.setId(1);
            metadata.setVaultId(vaultId);
            metadata.setCreatedAt(now);
            metadata.setCreatedByVersion(GoldseamVersion.current());
            metadata.setLastOpenedAt(now);
            metadata.setLastOpenedVersion(GoldseamVersion.current());
            metadata.setSchemaVersion(latestAppliedVersion(pool));
            metadata.store();
            return database;
        } catch (RuntimeException e) {
            keyed.dispose();
            throw translate(e, files);
        }
    }

    /**
     * Opens an existing vault database. The key check in the header has already passed, so a
     * refused file key here means the header does not belong to this database.
     */
    public static VaultDatabase open(VaultFiles files, VaultKeys keys, String expectedVaultId, @Nullable ChainMark closedChain,
            @Nullable String closedContent, boolean verifyRows, Clock clock) {
        return open(files, keys, expectedVaultId, closedChain, closedContent, verifyRows, clock, upgrade -> { });
    }

    /**
     * Opens an existing vault database as the method above does, and when its structure is older
     * than this Goldseam's, runs {@code beforeMigrating} first: after the read-only checks passed and
     * before the database is opened for writing. If it throws, nothing was written and the vault is
     * not opened.
     */
    public static VaultDatabase open(VaultFiles files, VaultKeys keys, String expectedVaultId, @Nullable ChainMark closedChain,
            @Nullable String closedContent, boolean verifyRows, Clock clock,
            java.util.function.Consumer<SchemaUpgrade> beforeMigrating) {
        verifyReadOnly(files, keys, expectedVaultId, closedChain, verifyRows, closedContent).ifPresent(beforeMigrating);
        KeyedPool keyed = pool(VaultDatabase.url(files, true, false), keys);
        JdbcConnectionPool pool = keyed.pool();
        try {
            migrate(pool);
            VaultDatabase database = new VaultDatabase(keyed);
            database.dsl().update(VAULT_METADATA)
                    .set(VAULT_METADATA.LAST_OPENED_AT, OffsetDateTime.now(clock))
                    .set(VAULT_METADATA.LAST_OPENED_VERSION, GoldseamVersion.current())
                    .set(VAULT_METADATA.SCHEMA_VERSION, latestAppliedVersion(pool))
                    .where(VAULT_METADATA.ID.eq(1))
                    .execute();
            return database;
        } catch (RuntimeException e) {
            keyed.dispose();
            throw translate(e, files);
        }
    }

    // the try-with-resources connection is held, unused, so the read-only database stays open while
    // Flyway and the metadata query borrow their own connections from the pool
    @SuppressWarnings("try")
    private static java.util.Optional<SchemaUpgrade> verifyReadOnly(VaultFiles files, VaultKeys keys, String expectedVaultId,
            @Nullable ChainMark closedChain, boolean verifyRows, @Nullable String closedContent) {
        KeyedPool keyed = pool(VaultDatabase.url(files, true, true), keys);
        JdbcConnectionPool pool = keyed.pool();
        try (Connection connection = pool.getConnection()) {
            Flyway flyway = flyway(pool);
            for (MigrationInfo info : flyway.info().all()) {
                MigrationState state = info.getState();
                if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                    throw new VaultException(VaultProblem.TOO_NEW,
                            "This vault was last used by a newer version of Goldseam (its schema is at version "
                                    + info.getVersion() + "). Install that version or a newer one to open it; nothing was changed.");
                }
                if (state.isFailed()) {
                    throw new VaultException(VaultProblem.DAMAGED,
                            "An earlier update of this vault's structure did not finish (step " + info.getVersion()
                                    + "). Restore the vault from a backup; nothing was changed.");
                }
            }
            var metadata = new VaultDatabase(keyed).dsl().selectFrom(VAULT_METADATA).where(VAULT_METADATA.ID.eq(1)).fetchOne();
            if (metadata == null) {
                // H2 fell back to an older state of a truncated file, from before the vault was set up
                throw new VaultException(VaultProblem.DAMAGED, damagedFile(files));
            }
            if (!expectedVaultId.equals(metadata.getVaultId())) {
                throw new VaultException(VaultProblem.DAMAGED, HEADER_MISMATCH);
            }
            requireNotRolledBack(files, connection, closedChain);
            if (verifyRows) {
                requireSealsIntact(files, connection, closedContent);
            }
            MigrationInfo[] pending = flyway.info().pending();
            if (pending.length == 0) {
                return java.util.Optional.empty();
            }
            MigrationInfo current = flyway.info().current();
            return java.util.Optional.of(new SchemaUpgrade(current == null ? 0 : versionNumber(current),
                    versionNumber(pending[pending.length - 1])));
        } catch (SQLException | RuntimeException e) {
            SQLException sql = findSql(e);
            if (sql != null && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                // an intact file, even one left open by a crash, opens read-only; a truncated or
                // corrupt one makes H2 want to repair it, which the read-only pass refuses
                throw new VaultException(VaultProblem.DAMAGED, damagedFile(files), e);
            }
            throw translate(e, files);
        } finally {
            keyed.dispose();
        }
    }

    /**
     * Proves that a copy of a vault (unpacked from a backup into {@code copy}) opens with {@code keys}:
     * the key is accepted, the database belongs to the vault, its migration history and metadata read
     * back. Read-only: the copy is left exactly as it is, at whatever schema version it has.
     */
    public static void verifyCopy(VaultFiles copy, VaultKeys keys, String vaultId) {
        var unused = verifyReadOnly(copy, keys, vaultId, null, false, null);
    }

    private static int versionNumber(MigrationInfo info) {
        return Integer.parseInt(info.getVersion().getVersion());
    }

    /**
     * Refuses a database whose audit trail is behind the mark of the last clean close: committed
     * changes are missing (H2 fell back to an older state of a damaged file, or an older copy of the
     * file was put in place). Ahead is normal: a crash leaves no new mark.
     */
    private static void requireNotRolledBack(VaultFiles files, Connection connection, @Nullable ChainMark mark) throws SQLException {
        if (mark == null) {
            return;
        }
        String found = null;
        long length;
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM audit_event")) {
            rows.next();
            length = rows.getLong(1);
        }
        if (length >= mark.length()) {
            try (var statement = connection.prepareStatement("SELECT row_hash FROM audit_event ORDER BY id OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY")) {
                statement.setLong(1, mark.length() - 1);
                try (var rows = statement.executeQuery()) {
                    found = rows.next() ? rows.getString(1) : null;
                }
            }
        }
        if (length < mark.length() || !mark.lastHash().equals(found)) {
            throw new VaultException(VaultProblem.DAMAGED, "The vault's database file " + files.databaseFile().getFileName()
                    + " is damaged: it is older than when Goldseam last closed it (its audit trail "
                    + (length < mark.length() ? "has " + length + " of the " + mark.length() + " entries it had then"
                            : "no longer holds the entry it ended with then")
                    + "), so changes saved since are missing. Restore the vault from a backup; nothing was changed.");
        }
    }

    /** Refuses a vault in which a stored value no longer matches the seal written with its row (ADR 0021). */
    private static void requireSealsIntact(VaultFiles files, Connection connection, @Nullable String closedContent)
            throws SQLException {
        if (!RowSeals.sealed(connection)) {
            return; // an older schema: migration 9 seals every row as this open applies it
        }
        RowSeals.Verification seals = RowSeals.verify(connection);
        if (!seals.intact()) {
            throw new VaultException(VaultProblem.DAMAGED, "The vault's database file " + files.databaseFile().getFileName()
                    + " is damaged: stored values no longer match the seals written with them (" + String.join(", ", seals.broken())
                    + "). Restore the vault from a backup; nothing was changed.");
        }
        if (closedContent != null && !closedContent.equals(RowSeals.contentDigest(connection))) {
            throw new VaultException(VaultProblem.DAMAGED, "The vault's database file " + files.databaseFile().getFileName()
                    + " is damaged: it no longer holds the rows it held when Goldseam last closed it (rows were lost, or "
                    + "the file fell back to an older state). Restore the vault from a backup; nothing was changed.");
        }
    }

    /** What {@code check} reports about the schema: applied vs shipped migrations and their checksums. */
    public static SchemaStatus schemaStatus(VaultDatabase database) {
        Flyway flyway = flyway(database.pool());
        var info = flyway.info();
        MigrationInfo current = info.current();
        var validation = flyway.validateWithResult();
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (!validation.validationSuccessful) {
            validation.invalidMigrations.forEach(m -> problems.add(
                    "migration " + m.version + " (" + m.description + "): " + m.errorDetails.errorMessage));
        }
        int recorded = database.dsl().select(VAULT_METADATA.SCHEMA_VERSION).from(VAULT_METADATA)
                .where(VAULT_METADATA.ID.eq(1)).fetchOptional(VAULT_METADATA.SCHEMA_VERSION).orElse(0);
        return new SchemaStatus(current == null ? 0 : Integer.parseInt(current.getVersion().getVersion()),
                recorded, info.pending().length, problems);
    }

    /**
     * @param appliedVersion  highest migration applied to the vault
     * @param recordedVersion schema version in vault_metadata
     * @param pending         shipped migrations not yet applied
     * @param problems        checksum or history mismatches Flyway found
     */
    public record SchemaStatus(int appliedVersion, int recordedVersion, int pending, java.util.List<String> problems) {
        public SchemaStatus {
            problems = java.util.List.copyOf(problems);
        }
    }

    /** The pool owns the password copy and wipes it when disposed: see {@link KeyedPool}. */
    private static KeyedPool pool(String url, VaultKeys keys) {
        return new KeyedPool(url, VaultDatabase.USER, keys.h2Password(), POOL_SIZE);
    }

    private static Flyway flyway(JdbcConnectionPool pool) {
        return Flyway.configure(VaultStore.class.getClassLoader())
                .dataSource(pool)
                .locations(MIGRATIONS)
                // H2-specific steps that cannot live in schema/ (see AuditAppendOnlyMigration)
                .javaMigrations(new AuditAppendOnlyMigration(), new RowSealMigration())
                // Flyway names its java.util.logging bridge only by class
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                .load();
    }

    private static void migrate(JdbcConnectionPool pool) {
        flyway(pool).migrate();
    }

    private static int latestAppliedVersion(JdbcConnectionPool pool) {
        MigrationInfo current = flyway(pool).info().current();
        return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
    }

    private static String damagedFile(VaultFiles files) {
        return "The vault's database file " + files.databaseFile().getFileName()
                + " is damaged or incomplete. Restore the vault from a backup; nothing was changed.";
    }

    public static final String HEADER_MISMATCH =
            "The vault header does not belong to the database beside it (were files from two vaults mixed?). "
                    + "Put back the header that came with this database, or restore the folder from a backup; nothing was changed.";

    /** Maps anything H2 or Flyway threw to a clinician-readable {@link VaultException}. */
    static VaultException translate(Throwable error, VaultFiles files) {
        if (error instanceof VaultException vault) {
            return vault;
        }
        SQLException sql = findSql(error);
        int code = sql == null ? -1 : sql.getErrorCode();
        switch (code) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new VaultException(VaultProblem.IN_USE,
                        "This vault is already open in another Goldseam window or process. Close it there first, "
                                + "then try again.", error);
            case ErrorCode.WRONG_USER_OR_PASSWORD:
                return new VaultException(VaultProblem.DAMAGED, HEADER_MISMATCH, error);
            // an encryption error after the key check and the file's salt both matched means the key
            // is right and the file is damaged
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.GENERAL_ERROR_1:
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1:
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1:
                return new VaultException(VaultProblem.DAMAGED, damagedFile(files), error);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1:
            case ErrorCode.DATABASE_NOT_FOUND_1:
                return new VaultException(VaultProblem.NOT_FOUND,
                        "There is no vault database in " + files.folder() + ".", error);
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
            case ErrorCode.FILE_CREATION_FAILED_1:
            case ErrorCode.FILE_RENAME_FAILED_2:
            case ErrorCode.FILE_DELETE_FAILED_1:
            case ErrorCode.DATABASE_IS_READ_ONLY:
                return new VaultException(VaultProblem.STORAGE,
                        "The vault folder " + files.folder() + " could not be written (the disk may be full, "
                                + "read-only or not permitted). Free space or fix the permissions, then try again.", error);
            default:
                if (StoredDataErrors.unreadable(error).isPresent()) {
                    // a value or page that no longer decodes (e.g. 22018, a stored date that cannot be converted)
                    return new VaultException(VaultProblem.DAMAGED, damagedFile(files), error);
                }
                if (error instanceof FlywayException) {
                    return new VaultException(VaultProblem.DAMAGED,
                            "The structure of this vault could not be checked or updated. Restore the vault from a "
                                    + "backup; nothing was changed.", error);
                }
                return new VaultException(VaultProblem.DAMAGED,
                        "The vault could not be opened (database error " + code + "). Restore the vault from a backup "
                                + "or contact support with this number.", error);
        }
    }

    private static @Nullable SQLException findSql(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
