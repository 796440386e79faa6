package org.goldseam.app.restore;

import java.nio.file.Path;
import org.goldseam.backup.BackupManifest;

/**
 * A backup the restore dialog offers: the file, what its manifest says, and its size on disk.
 *
 * @param size in bytes
 */
public record BackupChoice(Path path, BackupManifest manifest, long size) {
}
