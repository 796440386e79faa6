package org.goldseam.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import org.goldseam.app.services.VaultServices;
import org.goldseam.clients.ClientDetails;
import org.goldseam.integrity.CheckReport;
import org.goldseam.integrity.VaultCheck;
import org.goldseam.testing.TestVaults;
import org.goldseam.testing.VaultDowngrade;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultHeader;
import org.goldseam.vault.VaultHeaderFile;
import org.goldseam.vault.VaultKeys;
import org.goldseam.vault.VaultProblem;
import org.goldseam.vault.persistence.RowSeals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damage H2 cannot see (ADR 0021): a value changed in place, a row lost, the file fallen back to an
 * older state. Each is refused as damage before a command could show it, and changes nothing.
 */
class SealedVaultTest {
    @TempDir
    Path dir;

    private static long addClient(Vault vault, String name) {
        return VaultServices.of(vault, TestVaults.CLOCK).clients().create(TestVaults.CLINICIAN,
                ClientDetails.of(name, LocalDate.of(1990, 4, 1)));
    }

    private static void assertRefusedAsDamaged(Path folder, String why) {
        Map<String, String> before = TestVaults.fingerprint(folder);
        assertThatThrownBy(() -> TestVaults.open(folder)).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.problem()).as("%s", e.getMessage()).isEqualTo(VaultProblem.DAMAGED);
            assertThat(e.getMessage()).contains("damaged").contains(why);
        });
        assertThat(TestVaults.fingerprint(folder)).as("nothing changed by the refusal").isEqualTo(before);
    }

    /** The brief's case: the database file replaced by an older copy of itself, after a session that ended in a crash. */
    @Test
    void aDatabaseOlderThanItsLastCleanCloseIsRefusedEvenWhenACrashLeftNoSize() throws Exception {
        Path folder = dir.resolve("vault");
        VaultFiles files = new VaultFiles(folder);
        try (Vault vault = TestVaults.create(folder)) {
            addClient(vault, "Olga Early");
        }
        Path older = dir.resolve("older.mv.db");
        Files.copy(files.databaseFile(), older);
        try (Vault vault = TestVaults.open(folder)) {
            addClient(vault, "Pavel Later");
        }
        // the next session is killed: its open cleared size and digests, the audit mark stays
        VaultHeader closed = VaultHeaderFile.read(files.header());
        assertThat(closed.closedChain()).as("a clean close marks the audit trail").isNotNull();
        VaultHeaderFile.write(files.header(), closed.withClosedSize(null).withClosedContent(null).withClosedFile(null));
        Files.copy(older, files.databaseFile(), StandardCopyOption.REPLACE_EXISTING);

        assertRefusedAsDamaged(folder, "older than when Goldseam last closed it");
    }

    /** What a fallback to an older chunk amounts to when no audit entry is lost: a row gone, nothing else. */
    @Test
    void aRowLostSinceTheLastCleanCloseIsRefused() throws Exception {
        Path folder = dir.resolve("vault");
        VaultFiles files = new VaultFiles(folder);
        long client;
        try (Vault vault = TestVaults.create(folder)) {
            client = addClient(vault, "Rosa Gone");
            addClient(vault, "Sven Stays");
        }
        VaultHeader header = VaultHeaderFile.read(files.header());
        assertThat(header.closedContent()).as("a clean close records the rows' digest").isNotNull();
        deleteBehindGoldseam(files, header, "DELETE FROM client WHERE id = " + client);

        assertRefusedAsDamaged(folder, "no longer holds the rows it held when Goldseam last closed it");
    }

    /** A value changed where H2 keeps no checksum, after the last close (as a flipped byte that still decodes): refused at open. */
    @Test
    void aValueChangedSinceTheLastCleanCloseIsRefused() throws Exception {
        Path folder = dir.resolve("vault");
        VaultFiles files = new VaultFiles(folder);
        long client;
        try (Vault vault = TestVaults.create(folder)) {
            client = addClient(vault, "Tomas Original");
        }
        deleteBehindGoldseam(files, VaultHeaderFile.read(files.header()), "DROP TRIGGER \"CLIENT_ROW_SEAL\"",
                "UPDATE client SET full_name = 'Tomas Changed' WHERE id = " + client, RESEAL_CLIENT);

        assertRefusedAsDamaged(folder, "no longer match the seals written with them (1 of 1 rows of client)");
    }

    /** The same change made while the vault is open is reported by check (an open trusts a file equal to its last close). */
    @Test
    void aValueChangedWhileOpenIsReportedByCheck() {
        Path folder = dir.resolve("vault");
        try (Vault vault = TestVaults.create(folder)) {
            long client = addClient(vault, "Tomas Original");
            var dsl = vault.database().dsl();
            dsl.execute("DROP TRIGGER \"CLIENT_ROW_SEAL\"");
            dsl.execute("UPDATE client SET full_name = 'Tomas Changed' WHERE id = " + client);
            dsl.execute(RESEAL_CLIENT);

            CheckReport report = VaultCheck.run(vault);
            assertThat(report.findings()).anySatisfy(f -> {
                assertThat(f.area()).isEqualTo("row seals");
                assertThat(f.problem()).contains("1 of 1 rows of client");
            });
        }
    }

    private static final String RESEAL_CLIENT = "CREATE TRIGGER \"CLIENT_ROW_SEAL\" BEFORE INSERT, UPDATE ON client FOR EACH ROW CALL '"
            + "org.goldseam.vault.persistence.RowSealTrigger'";

    /** The fast open: a file equal to the one last closed is not read row by row, and still opens with its rows. */
    @Test
    void aFileUnchangedSinceItsCleanCloseOpensWithoutTheFullVerification() {
        Path folder = dir.resolve("vault");
        VaultFiles files = new VaultFiles(folder);
        try (Vault vault = TestVaults.create(folder)) {
            addClient(vault, "Vera Kept");
        }
        VaultHeader header = VaultHeaderFile.read(files.header());
        assertThat(header.closedFile()).isNotNull();
        try (Vault vault = TestVaults.open(folder)) {
            assertThat(vault.database().dsl().fetchValue("SELECT full_name FROM client")).isEqualTo("Vera Kept");
        }
    }

    /** Migration 9 on a vault that has none: every row of every shown table sealed, and the vault opens and checks clean. */
    @Test
    void migrationNineSealsEveryRowOfAnOlderVault() {
        Path folder = dir.resolve("vault");
        try (Vault vault = TestVaults.create(folder)) {
            addClient(vault, "Una Before");
            VaultDowngrade.toSchema8(vault.database().dsl());
        }
        try (Vault vault = TestVaults.open(folder)) {
            RowSeals.Verification seals = RowSeals.verify(vault.database());
            assertThat(seals.intact()).as("%s", seals.broken()).isTrue();
            assertThat(seals.unsealed()).isEmpty();
            assertThat(seals.rows()).isGreaterThan(0);
            CheckReport report = VaultCheck.run(vault);
            assertThat(report.findings()).isEmpty();
            assertThat(report.passed()).anySatisfy(p -> assertThat(p).startsWith("every row of"));
            Object sealed = vault.database().dsl().fetchValue("SELECT COUNT(*) FROM client WHERE row_seal IS NOT NULL");
            assertThat(sealed).hasToString("1");
        }
    }

    /** Changes the database with H2 alone, as another tool (or an engine falling back to older pages) would. */
    private static void deleteBehindGoldseam(VaultFiles files, VaultHeader header, String... statements) throws Exception {
        VaultKeys keys = VaultKeys.derive(TestVaults.PASSPHRASE, header.kdf(), header.vaultId());
        // no compaction on close: a file that fell back to older pages keeps its length, and so does this one
        String url = "jdbc:h2:file:" + files.databaseBase() + ";CIPHER=AES;IFEXISTS=TRUE;MAX_COMPACT_TIME=0;REUSE_SPACE=FALSE";
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL(url);
        source.setUser("goldseam");
        source.setPasswordChars(keys.h2Password());
        try (Connection connection = source.getConnection(); var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            statement.execute("SHUTDOWN");
        } finally {
            keys.destroy();
        }
    }
}
