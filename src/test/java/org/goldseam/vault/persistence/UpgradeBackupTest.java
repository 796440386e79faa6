package org.goldseam.vault.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.goldseam.backup.BackupCatalog;
import org.goldseam.backup.BackupFile;
import org.goldseam.backup.BackupKind;
import org.goldseam.backup.UpgradeBackups;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.integrity.VaultCheck;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultProblem;
import org.goldseam.vault.Vaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vault left by the Goldseam before schema 7 (built here by the shipped migrations up to version 6,
 * as that Goldseam built it) opens in this version: a backup byte-identical to the vault as it was is
 * written and verified before anything is migrated, the open says so once, and {@code check} passes.
 */
class UpgradeBackupTest {
    @TempDir
    Path dir;

    @Test
    void aSchema6VaultIsBackedUpBeforeItsUpdateAndThenPassesCheck() throws Exception {
        Path folder = dir.resolve("vault");
        long client = schema6Vault(folder);
        String before = sha256(new VaultFiles(folder).databaseFile());
        Vaults upgrading = TestVaults.vaults().withUpgradeBackup(UpgradeBackups.besideVault(TestVaults.CLOCK));

        try (Vault vault = upgrading.open(folder, TestVaults.PASSPHRASE)) {
            List<BackupFile> backups = BackupCatalog.list(dir.resolve("goldseam-backups"));
            assertThat(backups).hasSize(1);
            BackupFile backup = backups.get(0);
            assertThat(backup.manifest().kind()).isEqualTo(BackupKind.BEFORE_UPGRADE);
            assertThat(backup.manifest().databaseSha256())
                    .as("the backup holds the vault exactly as schema 6 left it, so it was taken before the migration")
                    .isEqualTo(before);
            assertThat(vault.recoveryNotice()).hasValueSatisfying(notice -> assertThat(notice)
                    .contains("from version 6 to 9").contains(backup.path().getFileName().toString()));
            assertThat(VaultStore.schemaStatus(vault.database()).appliedVersion()).isEqualTo(9);
            assertThat(new ClientRepository(vault.database().dsl()).findById(client)).isPresent();
            var report = VaultCheck.run(vault);
            assertThat(report.findings()).isEmpty();
            assertThat(report.sound()).isTrue();
        }

        try (Vault again = upgrading.open(folder, TestVaults.PASSPHRASE)) {
            assertThat(again.recoveryNotice()).as("said once: nothing is left to update").isEmpty();
        }
        assertThat(BackupCatalog.list(dir.resolve("goldseam-backups"))).hasSize(1);
    }

    @Test
    void withoutAVerifiedBackupTheVaultIsNeitherUpdatedNorOpened() throws Exception {
        Path folder = dir.resolve("vault");
        schema6Vault(folder);
        String before = sha256(new VaultFiles(folder).databaseFile());
        Path notAFolder = Files.writeString(dir.resolve("backups-here"), "a file where the backup folder should be");
        Vaults upgrading = TestVaults.vaults().withUpgradeBackup(new UpgradeBackups(TestVaults.CLOCK, vaultFolder -> notAFolder));

        assertThatThrownBy(() -> upgrading.open(folder, TestVaults.PASSPHRASE))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.problem()).isEqualTo(VaultProblem.STORAGE);
                    assertThat(e.getMessage()).contains("first makes a backup").contains("nothing was changed");
                });
        assertThat(sha256(new VaultFiles(folder).databaseFile())).as("not migrated, not touched").isEqualTo(before);
        // and it opens once a backup can be made
        try (Vault vault = TestVaults.vaults().withUpgradeBackup(UpgradeBackups.besideVault(TestVaults.CLOCK))
                .open(folder, TestVaults.PASSPHRASE)) {
            assertThat(vault.recoveryNotice()).isPresent();
        }
    }

    @Test
    void aPassphraseChangeOfAnOlderVaultBacksItUpBeforeTheReKeyedCopyIsUpdated() throws Exception {
        Path folder = dir.resolve("vault");
        long client = schema6Vault(folder);
        String before = sha256(new VaultFiles(folder).databaseFile());
        char[] next = "a new passphrase for the upgraded vault".toCharArray();
        Vaults upgrading = TestVaults.vaults().withUpgradeBackup(UpgradeBackups.besideVault(TestVaults.CLOCK));

        upgrading.changePassphrase(folder, TestVaults.PASSPHRASE, next, rekeyed -> { }, org.goldseam.vault.Checkpoints.NONE);

        List<BackupFile> backups = BackupCatalog.list(dir.resolve("goldseam-backups"));
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).manifest().kind()).isEqualTo(BackupKind.BEFORE_UPGRADE);
        assertThat(backups.get(0).manifest().databaseSha256()).isEqualTo(before);
        try (Vault vault = upgrading.open(folder, next)) {
            assertThat(VaultStore.schemaStatus(vault.database()).appliedVersion()).isEqualTo(9);
            assertThat(new ClientRepository(vault.database().dsl()).findById(client)).isPresent();
            assertThat(VaultCheck.run(vault).sound()).isTrue();
        }
    }

    /**
     * A vault as the schema-6 Goldseam made it: its database emptied and rebuilt by the shipped migrations
     * up to version 6 (with the Java migration 4, as then), its metadata row, and one client.
     */
    private static long schema6Vault(Path folder) {
        try (Vault vault = TestVaults.createUnnamed(folder)) {
            String vaultId = vault.header().vaultId();
            var dsl = vault.database().dsl();
            dsl.execute("DROP ALL OBJECTS");
            Flyway.configure(VaultStore.class.getClassLoader())
                    .dataSource(vault.database().pool())
                    .locations("classpath:db/migration")
                    .javaMigrations(new AuditAppendOnlyMigration())
                    .target("6")
                    .load()
                    .migrate();
            OffsetDateTime now = OffsetDateTime.now(TestVaults.CLOCK).minusMonths(2);
            dsl.execute("INSERT INTO vault_metadata (id, vault_id, created_at, created_by_version, last_opened_at, "
                    + "last_opened_version, schema_version) VALUES (1, ?, ?, '0.0.6', ?, '0.0.6', 6)", vaultId, now, now);
            assertThat(VaultStore.schemaStatus(vault.database()).appliedVersion()).isEqualTo(6);
            return new ClientRepository(dsl).insert(ClientDetails.of("Zoë Invented", LocalDate.of(2026, 9, 1)));
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
