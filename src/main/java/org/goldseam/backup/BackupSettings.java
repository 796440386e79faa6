package org.goldseam.backup;

import java.nio.file.Path;
import org.goldseam.vault.VaultFiles;

/**
 * Where backups go and how many are kept: the newest {@code keepLast}, plus the newest of each of
 * the last {@code keepMonths} calendar months.
 */
public record BackupSettings(Path folder, int keepLast, int keepMonths) {
    public static final String DEFAULT_FOLDER_NAME = "goldseam-backups";
    public static final int DEFAULT_KEEP_LAST = 14;
    public static final int DEFAULT_KEEP_MONTHS = 12;

    public BackupSettings {
        folder = folder.toAbsolutePath().normalize();
        if (keepLast < 1) {
            throw new IllegalArgumentException("at least the newest backup must be kept");
        }
        if (keepMonths < 0) {
            throw new IllegalArgumentException("keepMonths must not be negative");
        }
    }

    /** Beside the vault folder, never inside it: a backup must survive the loss of the vault folder. */
    public static BackupSettings defaults(VaultFiles vault) {
        Path parent = vault.folder().getParent();
        Path base = parent != null ? parent : vault.folder();
        return new BackupSettings(base.resolve(DEFAULT_FOLDER_NAME), DEFAULT_KEEP_LAST, DEFAULT_KEEP_MONTHS);
    }

    public BackupSettings inFolder(Path other) {
        return new BackupSettings(other, keepLast, keepMonths);
    }
}
