package org.goldseam.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * A backup made and verified.
 *
 * @param file     the backup file
 * @param manifest what it holds
 * @param checked  what {@code check} confirmed on the unpacked copy
 * @param removed  older backups the retention rule removed
 */
public record BackupResult(Path file, BackupManifest manifest, List<String> checked, List<Path> removed) {
    public BackupResult {
        checked = List.copyOf(checked);
        removed = List.copyOf(removed);
    }
}
