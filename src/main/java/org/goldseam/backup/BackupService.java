package org.goldseam.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.goldseam.audit.AuditAnchor;
import org.goldseam.audit.AuditService;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.backup.persistence.OnlineBackup;
import org.goldseam.integrity.CheckFinding;
import org.goldseam.integrity.CheckReport;
import org.goldseam.integrity.VaultCheck;
import org.goldseam.vault.Durable;
import org.goldseam.vault.GoldseamVersion;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultHeaderFile;
import org.goldseam.vault.VaultProblem;
import org.goldseam.vault.Vaults;
import org.jspecify.annotations.Nullable;

/**
 * Backs up an open vault while it stays in use, proves the backup restorable by opening a copy of
 * it and running {@code check}, then thins out old backups. A backup that fails throws a
 * {@link VaultException} saying why and leaves no partial file; it is also written to the audit
 * trail, so a run of failures is never silent.
 */
public final class BackupService {
    private final Vaults vaults;
    private final Clock clock;
    private final String actor;

    public BackupService(Vaults vaults, Clock clock, String actor) {
        this.vaults = vaults;
        this.clock = clock;
        this.actor = actor;
    }

    public BackupResult backUp(Vault vault, BackupSettings settings, BackupKind kind, BackupProgress progress) {
        AuditService audit = new AuditService(AuditRepository.of(vault), actor, clock);
        try {
            BackupResult result = backUpUnaudited(vault, settings, kind, progress);
            audit.backedUp(result.file().getFileName().toString());
            return result;
        } catch (VaultException e) {
            recordFailure(audit, e.problem() == VaultProblem.STORAGE ? "the disk refused" : "the copy did not verify");
            throw e;
        } catch (RuntimeException e) {
            recordFailure(audit, e.getClass().getSimpleName());
            throw new VaultException(VaultProblem.STORAGE, "The backup could not be made (" + e.getClass().getSimpleName()
                    + "). The vault itself is unchanged.", e);
        }
    }

    private BackupResult backUpUnaudited(Vault vault, BackupSettings settings, BackupKind kind, BackupProgress progress) {
        Path folder = settings.folder();
        VaultFiles files = vault.files();
        if (insideVault(folder, files.folder())) {
            throw new VaultException(VaultProblem.STORAGE, "Backups cannot go inside the vault folder " + files.folder()
                    + ": they would be lost with it. Choose a folder outside it.");
        }
        Path h2Copy = folder.resolve(".goldseam-copy-" + UUID.randomUUID() + ".zip");
        Path target = null;
        try {
            Durable.createPrivateFolder(folder);
            progress.progress(BackupProgress.Phase.COPYING, 0, -1);
            // taken before the copy: the copy holds at least these events, so the anchor describes it
            AuditAnchor auditAnchor = new AuditRepository(vault.database().dsl()).anchor();
            OnlineBackup.copyTo(vault.database(), h2Copy);
            String vaultId = vault.header().vaultId();
            target = BackupArchive.newFile(folder, clock.instant(), kind, vaultId);
            BackupManifest manifest;
            try (ZipFile zip = new ZipFile(h2Copy.toFile())) {
                ZipEntry entry = zip.getEntry(VaultFiles.DATABASE_BASE_NAME + ".mv.db");
                if (entry == null) {
                    throw new IllegalStateException("H2's backup holds no database file");
                }
                try (InputStream database = zip.getInputStream(entry)) {
                    // the header as it stands, with the copy's size so a truncated restore is caught
                    byte[] header = VaultHeaderFile.toBytes(vault.header().withClosedSize(entry.getSize() < 0 ? null : entry.getSize()));
                    manifest = BackupArchive.pack(database, entry.getSize(), header, vaultId, kind, clock.instant(),
                            GoldseamVersion.current(), auditAnchor, target, progress);
                }
            }
            List<String> checked = verify(vault, target, folder, progress);
            List<Path> removed = prune(settings, vaultId, target, progress);
            return new BackupResult(target, manifest, checked, removed);
        } catch (IOException e) {
            deleteQuietly(target);
            throw new VaultException(VaultProblem.STORAGE, "The backup into " + folder + " failed: " + reason(e)
                    + ". The vault itself is unchanged; free some space or choose another backup folder.", e);
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        } finally {
            deleteQuietly(h2Copy);
        }
    }

    /**
     * Whether {@code folder} is, or would be once made, inside the vault folder. Compared as real
     * paths, so a symbolic link (to the vault folder, or to a folder that holds it) cannot carry the
     * backups in: a backup lost with the vault is no backup. A folder not made yet is judged by its
     * nearest existing parent.
     */
    static boolean insideVault(Path folder, Path vaultFolder) {
        Path candidate = folder.toAbsolutePath().normalize();
        if (candidate.startsWith(vaultFolder.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            Path vault = vaultFolder.toRealPath();
            Path existing = candidate;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return false;
            }
            Path real = existing.toRealPath().resolve(existing.relativize(candidate)).normalize();
            return real.startsWith(vault);
        } catch (IOException e) {
            return false; // the vault folder cannot be resolved: the plain comparison above is all there is
        }
    }

    /** Unpacks the new backup beside it and opens it with this vault's keys: a backup that does not open is no backup. */
    private List<String> verify(Vault vault, Path backup, Path folder, BackupProgress progress) throws IOException {
        Path scratch = folder.resolve(".goldseam-verify-" + UUID.randomUUID());
        try {
            Durable.createPrivateFolder(scratch);
            BackupArchive.unpack(backup, new VaultFiles(scratch), progress);
            progress.progress(BackupProgress.Phase.VERIFYING, 0, -1);
            CheckReport report;
            try (Vault copy = vaults.openCopy(scratch, vault)) {
                report = VaultCheck.run(copy);
            }
            if (!report.sound()) {
                deleteQuietly(backup);
                throw new VaultException(VaultProblem.DAMAGED, "The backup just made did not pass the check ("
                        + report.findings().stream().map(CheckFinding::problem).findFirst().orElse("")
                        + "), so it was removed. Run 'goldseam check' on the vault.");
            }
            return report.passed();
        } finally {
            Durable.deleteTree(scratch);
        }
    }

    private List<Path> prune(BackupSettings settings, String vaultId, Path keep, BackupProgress progress) {
        progress.progress(BackupProgress.Phase.PRUNING, 0, -1);
        List<Path> removed = new ArrayList<>();
        for (BackupFile old : Retention.toDelete(BackupCatalog.list(settings.folder()), vaultId, settings, clock.instant(),
                clock.getZone())) {
            if (old.path().equals(keep)) {
                continue;
            }
            try {
                Files.deleteIfExists(old.path());
                removed.add(old.path());
            } catch (IOException e) {
                // an old backup that cannot be removed stays; the new one is made all the same
            }
        }
        return removed;
    }

    private static void recordFailure(AuditService audit, String reason) {
        try {
            audit.backupFailed(reason);
        } catch (RuntimeException e) {
            // the failure is reported to the caller in any case
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("no space")) {
            return "the disk is full";
        }
        if (e instanceof java.nio.file.AccessDeniedException || message.contains("permission")) {
            return "permission denied";
        }
        if (message.contains("read-only")) {
            return "the disk is read-only";
        }
        return e.getClass().getSimpleName();
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // best effort; a leftover temporary file is ignored by the catalog
        }
    }
}
