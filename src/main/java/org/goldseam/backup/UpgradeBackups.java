package org.goldseam.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.goldseam.vault.Durable;
import org.goldseam.vault.GoldseamVersion;
import org.goldseam.vault.SchemaUpgrade;
import org.goldseam.vault.UpgradeBackup;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultProblem;
import org.jspecify.annotations.Nullable;

/**
 * The backup taken before a newer Goldseam updates a vault's structure: the closed vault's files,
 * byte for byte, in the usual backup format (kind {@code before-upgrade}, never pruned), so that
 * "Restore from backup…" lists it and {@code goldseam restore} puts it back.
 *
 * <p>It counts only once verified: the database file did not change while it was copied (its SHA-256
 * after packing equals the one packed), the backup unpacks against its own checksums, and the unpacked
 * copy opens read-only with the passphrase in use. {@code check} cannot run on it: check knows only
 * the current structure, which the copy deliberately does not have.
 */
public final class UpgradeBackups implements UpgradeBackup {
    private final Clock clock;
    private final UnaryOperator<Path> folderForVault;

    /** @param folderForVault the backup folder for a vault folder (the clinician's choice, else beside the vault) */
    public UpgradeBackups(Clock clock, UnaryOperator<Path> folderForVault) {
        this.clock = clock;
        this.folderForVault = folderForVault;
    }

    /** Into the default backup folder beside each vault, as {@code goldseam backup} without {@code --to}. */
    public static UpgradeBackups besideVault(Clock clock) {
        return new UpgradeBackups(clock, folder -> BackupSettings.defaults(new VaultFiles(folder)).folder());
    }

    @Override
    public Path keep(VaultFiles files, String vaultId, SchemaUpgrade upgrade, CopyVerifier verifier) {
        Path folder = folderForVault.apply(files.folder());
        if (BackupService.insideVault(folder, files.folder())) {
            throw refused("the backup folder " + folder + " is inside the vault folder", null);
        }
        Path target = null;
        Path scratch = folder.resolve(".goldseam-verify-" + UUID.randomUUID());
        try {
            Durable.createPrivateFolder(folder);
            target = BackupArchive.newFile(folder, clock.instant(), BackupKind.BEFORE_UPGRADE, vaultId);
            BackupManifest manifest;
            try (InputStream database = Files.newInputStream(files.databaseFile())) {
                // the vault is closed: its audit trail cannot be read, so this copy carries no anchor
                manifest = BackupArchive.pack(database, Files.size(files.databaseFile()), Files.readAllBytes(files.header()),
                        vaultId, BackupKind.BEFORE_UPGRADE, clock.instant(), GoldseamVersion.current(), null, target,
                        BackupProgress.NONE);
            }
            if (!sha256(files.databaseFile()).equals(manifest.databaseSha256())) {
                throw refused("the vault's database changed while it was being copied (is another program using it?)", null);
            }
            Durable.createPrivateFolder(scratch);
            BackupArchive.unpack(target, new VaultFiles(scratch), BackupProgress.NONE);
            verifier.verify(scratch);
            return target;
        } catch (IOException e) {
            deleteQuietly(target);
            throw new VaultException(VaultProblem.STORAGE, "This version of Goldseam needs to update the vault's structure "
                    + "(from version " + upgrade.fromVersion() + " to " + upgrade.toVersion() + ") and first makes a backup in "
                    + folder + ", which failed: " + reason(e) + ". Free some space or choose another backup folder in "
                    + "Preferences, then open the vault again; nothing was changed.", e);
        } catch (VaultException e) {
            deleteQuietly(target);
            throw e.problem() == VaultProblem.WRONG_PASSPHRASE || e.problem() == VaultProblem.STORAGE ? e
                    : refused("the backup did not verify (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw refused("the backup could not be made (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            try {
                Durable.deleteTree(scratch);
            } catch (IOException e) {
                // a leftover verification folder is ignored by the backup catalog
            }
        }
    }

    private static VaultException refused(String why, @Nullable Throwable cause) {
        String message = "This version of Goldseam needs to update the vault's structure and first makes a backup, but "
                + why + ". Nothing was changed.";
        return cause == null ? new VaultException(VaultProblem.STORAGE, message) : new VaultException(VaultProblem.STORAGE, message, cause);
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String reason(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        if (message.contains("no space")) {
            return "the disk is full";
        }
        if (e instanceof java.nio.file.AccessDeniedException || message.contains("permission")) {
            return "permission denied";
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
            // best effort: the caller reports the original failure
        }
    }
}
