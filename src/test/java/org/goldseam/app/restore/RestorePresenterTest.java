package org.goldseam.app.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.AuditFilter;
import org.goldseam.audit.AuditService;
import org.goldseam.backup.BackupKind;
import org.goldseam.backup.BackupProgress;
import org.goldseam.backup.BackupResult;
import org.goldseam.backup.BackupService;
import org.goldseam.backup.BackupSettings;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.ClientSummary;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestorePresenterTest {
    private static final String BEFORE = "Zoë Łukasz-Ørsted";
    private static final String AFTER = "Björn Dvořák";

    @TempDir
    Path dir;

    private Path vault() {
        return dir.resolve("vault");
    }

    private Path backups() {
        return dir.resolve("backups");
    }

    /** A vault with one client, backed up into {@link #backups()}, then given a second client. */
    private BackupResult vaultBackedUpThenChanged() {
        BackupResult result;
        try (Vault vault = TestVaults.create(vault())) {
            new ClientRepository(vault.database().dsl()).insert(ClientDetails.of(BEFORE, LocalDate.of(2026, 2, 3)));
            result = new BackupService(TestVaults.vaults(), TestVaults.CLOCK, "Dr Ada Imaginary").backUp(vault,
                    BackupSettings.defaults(vault.files()).inFolder(backups()), BackupKind.MANUAL, BackupProgress.NONE);
            new ClientRepository(vault.database().dsl()).insert(ClientDetails.of(AFTER, LocalDate.of(2026, 3, 4)));
        }
        return result;
    }

    private RestorePresenter presenter() {
        return new RestorePresenter(vault(), backups(), TestVaults.vaults(), TestVaults.CLOCK, "Dr Ada Imaginary",
                BackgroundTasks.synchronous());
    }

    @Test
    void listsTheBackupsAndOnlyAfterRestorePutsTheChosenOneInPlaceKeepingTheReplacedVault() throws Exception {
        BackupResult backup = vaultBackedUpThenChanged();
        RestorePresenter restore = presenter();
        List<RestorePresenter.Property> announced = new ArrayList<>();
        for (RestorePresenter.Property p : RestorePresenter.Property.values()) {
            restore.addListener(p, e -> announced.add(p));
        }

        restore.load(null);

        assertThat(restore.state()).isEqualTo(RestoreState.READY);
        assertThat(restore.backups()).extracting(BackupChoice::path).containsExactly(backup.file());
        assertThat(restore.backups().get(0).size()).isEqualTo(Files.size(backup.file()));
        assertThat(restore.selected()).isEqualTo(restore.backups().get(0));
        assertThat(restore.question()).contains(vault().toString()).contains("21 Nov 2026, 10:00").contains(backups().toString());
        assertThat(clientNames()).as("listing and asking replace nothing").containsExactlyInAnyOrder(BEFORE, AFTER);

        restore.restore(TestVaults.PASSPHRASE.clone());

        assertThat(restore.state()).isEqualTo(RestoreState.RESTORED);
        assertThat(restore.message()).startsWith("Restored the backup made on 21 Nov 2026, 10:00 into " + vault())
                .contains("The vault it replaced is kept as goldseam-backup-").contains(backups().toString())
                .endsWith("Unlock it with the passphrase that was in use when the backup was made.");
        assertThat(announced).contains(RestorePresenter.Property.PHASE);
        assertThat(clientNames()).containsExactly(BEFORE);
        try (Vault restored = TestVaults.open(vault())) {
            assertThat(new AuditService(AuditRepository.of(restored), "test", TestVaults.CLOCK)
                    .list(new AuditFilter(null, null, AuditAction.RESTORE, null, null))).hasSize(1);
        }
    }

    @Test
    void aWrongPassphraseIsRefusedInWordsWipedAndNothingIsReplaced() throws Exception {
        vaultBackedUpThenChanged();
        Map<String, String> before = TestVaults.fingerprint(vault());
        RestorePresenter restore = presenter();
        restore.load(null);
        char[] wrong = "not the passphrase at all".toCharArray();

        restore.restore(wrong);

        assertThat(restore.state()).isEqualTo(RestoreState.READY);
        assertThat(restore.message()).startsWith("That passphrase does not open the backup").endsWith("Nothing was replaced.");
        assertThat(wrong).as("wiped").containsOnly('\0');
        assertThat(TestVaults.fingerprint(vault())).isEqualTo(before);
    }

    @Test
    void aDamagedBackupIsRefusedInWordsAndAFileThatIsNoBackupIsNotOffered() throws Exception {
        BackupResult backup = vaultBackedUpThenChanged();
        try (RandomAccessFile file = new RandomAccessFile(backup.file().toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write(new byte[64]);
        }
        Map<String, String> before = TestVaults.fingerprint(vault());
        RestorePresenter restore = presenter();
        restore.load(null);

        restore.restore(TestVaults.PASSPHRASE.clone());
        assertThat(restore.state()).isEqualTo(RestoreState.READY);
        assertThat(restore.message()).isNotBlank().doesNotContain("Exception").containsIgnoringCase("nothing was replaced");
        assertThat(TestVaults.fingerprint(vault())).isEqualTo(before);

        Path notes = Files.writeString(dir.resolve("holiday.zip"), "not a zip at all");
        int listed = restore.backups().size();
        restore.chooseFile(notes);
        assertThat(restore.backups()).hasSize(listed);
        assertThat(restore.message()).contains("holiday.zip").doesNotContain("Exception");
    }

    @Test
    void withoutABackupOrAPassphraseItSaysWhatIsMissing() {
        RestorePresenter restore = presenter();
        restore.load(null);
        assertThat(restore.backups()).isEmpty();
        assertThat(restore.question()).isNull();

        restore.restore(TestVaults.PASSPHRASE.clone());
        assertThat(restore.message()).startsWith("Choose a backup first");

        vaultBackedUpThenChanged();
        restore.load(null);
        restore.restore(new char[0]);
        assertThat(restore.message()).isEqualTo("Type the passphrase that was in use when the backup was made.");
        assertThat(restore.state()).isEqualTo(RestoreState.READY);
    }

    @Test
    void aBackupChosenElsewhereOrPreselectedForADamagedVaultIsOfferedFirst() throws Exception {
        BackupResult backup = vaultBackedUpThenChanged();
        Path elsewhere = Files.createDirectories(dir.resolve("usb stick")).resolve(backup.file().getFileName());
        Files.move(backup.file(), elsewhere);
        // the vault's header is lost: it no longer opens, and the app looks for its newest backup
        Files.delete(new VaultFiles(vault()).header());
        assertThat(DamagedVaultBackups.newest(vault(), null)).isEmpty();
        assertThat(DamagedVaultBackups.newest(vault(), elsewhere.getParent())).get()
                .satisfies(b -> assertThat(b.path()).isEqualTo(elsewhere));

        RestorePresenter restore = presenter();
        restore.load(elsewhere);
        assertThat(restore.selected().path()).isEqualTo(elsewhere);

        restore.restore(TestVaults.PASSPHRASE.clone());
        assertThat(restore.state()).as(restore.message()).isEqualTo(RestoreState.RESTORED);
        assertThat(clientNames()).containsExactly(BEFORE);
    }

    private List<String> clientNames() {
        try (Vault vault = TestVaults.open(vault())) {
            return new ClientRepository(vault.database().dsl()).listAll().stream().map(ClientSummary::fullName).toList();
        } catch (VaultException e) {
            assertThat(e.problem()).isNotEqualTo(VaultProblem.DAMAGED);
            throw e;
        }
    }
}
