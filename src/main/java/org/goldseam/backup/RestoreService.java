package org.goldseam.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.goldseam.audit.AuditService;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.integrity.CheckFinding;
import org.goldseam.integrity.CheckReport;
import org.goldseam.integrity.VaultCheck;
import org.goldseam.vault.Checkpoints;
import org.goldseam.vault.Durable;
import org.goldseam.vault.GoldseamVersion;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultHeaderFile;
import org.goldseam.vault.VaultProblem;
import org.goldseam.vault.VaultReplacement;
import org.goldseam.vault.Vaults;
import org.jspecify.annotations.Nullable;

/**
 * Puts a backup in place of the vault in a folder. In order, and stopping with nothing replaced at
 * the first problem: the backup is unpacked beside the vault and checked against its checksum, opened
 * with the passphrase and run through {@code check}; the vault being replaced is kept as a backup
 * file; only then are the files swapped, through {@link VaultReplacement}, so that an interruption
 * at any point leaves either the old or the restored vault complete.
 */
public final class RestoreService {
    private final Vaults vaults;
    private final Clock clock;
    private final String actor;

    public RestoreService(Vaults vaults, Clock clock, String actor) {
        this.vaults = vaults;
        this.clock = clock;
        this.actor = actor;
    }

    /**
     * @param passphrase the passphrase in use when the backup was made
     * @param keepPreviousIn where the replaced vault is kept (normally the backup folder)
     */
    public RestoreResult restore(Path backup, Path vaultFolder, char[] passphrase, Path keepPreviousIn,
            BackupProgress progress, Checkpoints checkpoints) {
        BackupManifest manifest = BackupArchive.readManifest(backup);
        VaultReplacement replacement = vaults.beginRestore(vaultFolder, checkpoints);
        try {
            VaultFiles staged = replacement.staged();
            BackupArchive.unpack(backup, staged, progress);
            checkpoints.reached("backup unpacked");
            progress.progress(BackupProgress.Phase.VERIFYING, 0, -1);
            CheckReport report;
            try (Vault restored = openBackup(staged, passphrase, backup)) {
                report = VaultCheck.run(restored);
                if (!report.sound()) {
                    throw new VaultException(VaultProblem.DAMAGED, "The backup " + backup.getFileName() + " does not pass the "
                            + "check (" + report.findings().stream().map(CheckFinding::problem).findFirst().orElse("")
                            + "). Nothing was replaced; choose an older backup.");
                }
                new AuditService(AuditRepository.of(restored), actor, clock).restored(backup.getFileName().toString());
            }
            checkpoints.reached("backup verified");
            VaultFiles live = new VaultFiles(vaultFolder);
            String liveVaultId = liveVaultId(live);
            Path previous = live.databaseExists() ? keepPrevious(live, liveVaultId, keepPreviousIn) : null;
            checkpoints.reached("previous vault kept");
            progress.progress(BackupProgress.Phase.REPLACING, 0, -1);
            replacement.commit();
            return new RestoreResult(backup, manifest, report.passed(), previous,
                    liveVaultId != null && !liveVaultId.equals(manifest.vaultId()));
        } catch (IOException e) {
            replacement.abandon();
            throw new VaultException(VaultProblem.STORAGE, "The restore stopped: the vault that was to be replaced could "
                    + "not be copied into " + keepPreviousIn + " (" + e.getClass().getSimpleName() + "). Nothing was replaced.", e);
        } catch (RuntimeException e) {
            replacement.abandon();
            throw e;
        } finally {
            replacement.release();
        }
    }

    private Vault openBackup(VaultFiles staged, char[] passphrase, Path backup) {
        try {
            return vaults.open(staged.folder(), passphrase);
        } catch (VaultException e) {
            if (e.problem() == VaultProblem.WRONG_PASSPHRASE) {
                throw new VaultException(VaultProblem.WRONG_PASSPHRASE, "That passphrase does not open the backup "
                        + backup.getFileName() + ". A backup opens with the passphrase in use when it was made. Nothing was replaced.");
            }
            throw e;
        }
    }

    private static @Nullable String liveVaultId(VaultFiles live) {
        try {
            return live.headerExists() ? VaultHeaderFile.read(live.header()).vaultId() : null;
        } catch (VaultException e) {
            return null; // a damaged header is a common reason to restore
        }
    }

    /**
     * Copies the vault about to be replaced, as its files are (it is closed and locked), into a
     * backup file. It may be damaged; it is kept anyway, as the record of what was replaced.
     */
    private Path keepPrevious(VaultFiles live, @Nullable String vaultId, Path folder) throws IOException {
        Durable.createPrivateFolder(folder);
        String id = vaultId == null ? "unknown" : vaultId;
        Path target = BackupArchive.newFile(folder, clock.instant(), BackupKind.BEFORE_RESTORE, id);
        byte[] header = live.headerExists() ? Files.readAllBytes(live.header()) : new byte[0];
        try (InputStream database = Files.newInputStream(live.databaseFile())) {
            BackupArchive.pack(database, Files.size(live.databaseFile()), header, id, BackupKind.BEFORE_RESTORE,
                    // the vault is closed here: its trail cannot be read, so this copy carries no anchor
                    clock.instant(), GoldseamVersion.current(), null, target, BackupProgress.NONE);
        }
        return target;
    }
}
