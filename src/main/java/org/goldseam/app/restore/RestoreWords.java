package org.goldseam.app.restore;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.goldseam.backup.BackupFile;
import org.goldseam.backup.BackupKind;
import org.goldseam.backup.RestoreResult;
import org.goldseam.vault.VaultException;
import org.jspecify.annotations.Nullable;

/** The sentences of the restore dialog: dates, sizes, the question before replacing, the outcome. */
public final class RestoreWords {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private RestoreWords() {
    }

    public static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    /** "812 KB", "3.4 MB": enough to tell a full backup from a nearly empty one. */
    public static String size(long bytes) {
        if (bytes < 0) {
            return "size unknown";
        }
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Why the backup was made, as the list shows it. */
    public static String kind(BackupKind kind) {
        return switch (kind) {
            case MANUAL -> "By hand";
            case DAILY -> "Daily";
            case ON_CLOSE -> "On closing";
            case BEFORE_RESTORE -> "Replaced by a restore";
            case BEFORE_UPGRADE -> "Before a Goldseam update";
        };
    }

    static String question(BackupChoice choice, Path vaultFolder, Path keepIn, ZoneId zone) {
        return "Replace the vault in " + vaultFolder + " with the backup made on " + when(choice.manifest().createdAt(), zone)
                + "?\n\nNotes written after that backup will not be in the restored vault. The vault now in the folder "
                + "is not deleted: it is kept as a backup file in " + keepIn + ".";
    }

    static String restored(RestoreResult result, Path vaultFolder, ZoneId zone) {
        StringBuilder text = new StringBuilder("Restored the backup made on ")
                .append(when(result.backup().createdAt(), zone)).append(" into ").append(vaultFolder).append(". It passed ")
                .append(result.checked().size()).append(result.checked().size() == 1 ? " check" : " checks")
                .append(" before anything was replaced.");
        if (result.previousKeptAs() != null) {
            text.append(" The vault it replaced is kept as ").append(result.previousKeptAs().getFileName()).append(" in ")
                    .append(result.previousKeptAs().getParent()).append('.');
        }
        if (result.otherVault()) {
            text.append(" This backup is of a different vault than the one it replaced.");
        }
        return text.append(" Unlock it with the passphrase that was in use when the backup was made.").toString();
    }

    /** Why a restore or the reading of a backup was refused; never a stack trace or a database message. */
    static @Nullable String refused(Throwable error) {
        Throwable cause = error;
        while (!(cause instanceof VaultException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof VaultException vault) {
            return vault.getMessage();
        }
        return "The restore stopped unexpectedly (" + cause.getClass().getSimpleName() + "). The vault in the folder was "
                + "left as it was. Please try again, and report it if it happens again.";
    }

    /** For the unlock screen's damage dialog: which backup would be put back. */
    public static String offer(BackupFile newest, ZoneId zone) {
        return "The newest backup of this vault was made on " + when(newest.manifest().createdAt(), zone)
                + ". You can put it back: the damaged vault is kept as a file, and nothing is replaced until you confirm.";
    }
}
