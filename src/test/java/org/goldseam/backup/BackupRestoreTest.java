package org.goldseam.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.AuditEvent;
import org.goldseam.audit.AuditFilter;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.integrity.VaultCheck;
import org.goldseam.testing.SimulatedCrash;
import org.goldseam.testing.TestVaults;
import org.goldseam.testing.VaultContent;
import org.goldseam.vault.Checkpoints;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
    private static final String MARKER = "Xylophone-Quokka-7731";

    @TempDir
    Path dir;

    private final BackupService backups = new BackupService(TestVaults.vaults(), TestVaults.CLOCK, "Dr Imaginary");
    private final RestoreService restores = new RestoreService(TestVaults.vaults(), TestVaults.CLOCK, "Dr Imaginary");

    private Path vaultWith(String folderName, String... clients) {
        Path folder = dir.resolve(folderName);
        try (Vault vault = TestVaults.create(folder)) {
            for (String client : clients) {
                new ClientRepository(vault.database().dsl()).insert(ClientDetails.of(client, LocalDate.of(2026, 2, 3)));
            }
        }
        return folder;
    }

    private BackupResult backUp(Path folder) {
        try (Vault vault = TestVaults.open(folder)) {
            return backups.backUp(vault, BackupSettings.defaults(vault.files()), BackupKind.MANUAL, BackupProgress.NONE);
        }
    }

    @Test
    void aBackupGoesBesideTheVaultHoldsNoPlaintextAndIsVerifiedAndAudited() throws Exception {
        Path folder = vaultWith("vault", "Amara " + MARKER);

        BackupResult result = backUp(folder);

        assertThat(result.file().getParent()).isEqualTo(dir.resolve("goldseam-backups"));
        assertThat(result.file().getFileName().toString()).startsWith("goldseam-backup-20261121T100000Z-manual-");
        assertThat(result.checked()).anyMatch(line -> line.contains("foreign keys hold"));
        try (ZipFile zip = new ZipFile(result.file().toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).toList())
                    .containsExactlyInAnyOrder("goldseam.mv.db", "goldseam-vault.json", "goldseam-backup.json");
        }
        byte[] bytes = Files.readAllBytes(result.file());
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(MARKER).doesNotContain("Amara");
        assertThat(BackupArchive.readManifest(result.file())).isEqualTo(result.manifest());
        try (Vault vault = TestVaults.open(folder)) {
            assertThat(new AuditRepository(vault.database().dsl()).list(AuditFilter.all()))
                    .extracting(AuditEvent::action, AuditEvent::detail)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.BACKUP, result.file().getFileName().toString()));
        }
        // no scratch files are left in the backup folder
        try (var files = Files.list(result.file().getParent())) {
            assertThat(files).containsExactly(result.file());
        }
    }

    @Test
    void aBackupFolderInsideTheVaultIsRefused() {
        Path folder = vaultWith("vault");
        try (Vault vault = TestVaults.open(folder)) {
            assertThatThrownBy(() -> backups.backUp(vault, BackupSettings.defaults(vault.files()).inFolder(folder.resolve("b")),
                    BackupKind.MANUAL, BackupProgress.NONE))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.getMessage()).contains("inside the vault folder"));
        }
    }

    @Test
    void restoringGivesBackTheBackedUpRecordAndKeepsTheReplacedVault() throws Exception {
        Path folder = vaultWith("vault", "Amara Okafor", "Søren Ólafsson");
        BackupResult backup = backUp(folder);
        Map<String, String> backedUp;
        try (Vault vault = TestVaults.open(folder)) {
            backedUp = VaultContent.clinical(vault);
            new ClientRepository(vault.database().dsl()).insert(ClientDetails.of("Added Later", LocalDate.of(2026, 5, 5)));
        }

        RestoreResult result = restores.restore(backup.file(), folder, TestVaults.PASSPHRASE, dir.resolve("goldseam-backups"),
                BackupProgress.NONE, Checkpoints.NONE);

        assertThat(result.previousKeptAs()).exists();
        assertThat(BackupArchive.readManifest(result.previousKeptAs()).kind()).isEqualTo(BackupKind.BEFORE_RESTORE);
        assertThat(result.otherVault()).isFalse();
        try (Vault vault = TestVaults.open(folder)) {
            assertThat(VaultContent.clinical(vault)).isEqualTo(backedUp);
            assertThat(VaultCheck.run(vault).sound()).isTrue();
            List<AuditEvent> trail = new AuditRepository(vault.database().dsl()).list(AuditFilter.all());
            assertThat(trail.get(trail.size() - 1).action()).isEqualTo(AuditAction.RESTORE);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(VaultFiles.HEADER_NAME, "goldseam.mv.db");
        }
    }

    @Test
    void aWrongPassphraseOrAnAlteredBackupReplacesNothing() throws Exception {
        Path folder = vaultWith("vault", "Amara Okafor");
        BackupResult backup = backUp(folder);
        Map<String, String> before = TestVaults.fingerprint(folder);

        assertThatThrownBy(() -> restores.restore(backup.file(), folder, "not the passphrase at all".toCharArray(),
                dir.resolve("kept"), BackupProgress.NONE, Checkpoints.NONE))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.problem()).isEqualTo(VaultProblem.WRONG_PASSPHRASE);
                    assertThat(e.getMessage()).contains("Nothing was replaced");
                });

        Path altered = dir.resolve("altered.zip");
        byte[] bytes = Files.readAllBytes(backup.file());
        bytes[200] ^= 0x5A; // inside the stored (uncompressed) database entry
        Files.write(altered, bytes);
        assertThatThrownBy(() -> restores.restore(altered, folder, TestVaults.PASSPHRASE, dir.resolve("kept"),
                BackupProgress.NONE, Checkpoints.NONE))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.problem()).isEqualTo(VaultProblem.DAMAGED);
                    assertThat(e.getMessage()).contains("cannot be restored");
                });

        assertThat(TestVaults.fingerprint(folder)).isEqualTo(before);
        assertThat(dir.resolve("kept")).doesNotExist();
    }

    /** The restore dies at each step in turn; afterwards the folder holds the old or the restored vault, whole. */
    @Test
    void aRestoreInterruptedAtAnyStepLeavesEitherTheOldOrTheRestoredVaultComplete() {
        SimulatedCrash.Recorder recorder = new SimulatedCrash.Recorder();
        Path dry = vaultWith("dry", "Amara Okafor");
        restores.restore(backUp(dry).file(), dry, TestVaults.PASSPHRASE, dir.resolve("kept-dry"), BackupProgress.NONE, recorder);
        List<String> steps = recorder.steps();
        int commitPoint = steps.indexOf("journal written: committed");
        assertThat(commitPoint).isPositive();

        for (int i = 0; i < steps.size(); i++) {
            Path folder = vaultWith("crash-" + i, "Amara Okafor");
            BackupResult backup = backUp(folder);
            Map<String, String> restoredContent;
            Map<String, String> oldContent;
            try (Vault vault = TestVaults.open(folder)) {
                restoredContent = VaultContent.clinical(vault);
                new ClientRepository(vault.database().dsl()).insert(ClientDetails.of("Added Later", LocalDate.of(2026, 5, 5)));
                oldContent = VaultContent.clinical(vault);
            }
            int crashAt = i;
            assertThatThrownBy(() -> restores.restore(backup.file(), folder, TestVaults.PASSPHRASE, dir.resolve("kept-" + crashAt),
                    BackupProgress.NONE, SimulatedCrash.at(crashAt))).isInstanceOf(SimulatedCrash.class);

            boolean restored = i >= commitPoint;
            try (Vault vault = TestVaults.open(folder)) {
                assertThat(VaultContent.clinical(vault)).as("crash at %s", steps.get(i))
                        .isEqualTo(restored ? restoredContent : oldContent);
                assertThat(VaultCheck.run(vault).sound()).isTrue();
                assertThat(vault.recoveryNotice()).as("crash at %s", steps.get(i))
                        .hasValueSatisfying(n -> assertThat(n).contains(restored ? "holds the restored backup" : "as it was before"));
            }
            try (var files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString())).as("crash at %s", steps.get(i))
                        .containsExactlyInAnyOrder(VaultFiles.HEADER_NAME, "goldseam.mv.db");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
