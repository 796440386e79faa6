package org.goldseam.backup;

import java.nio.file.Path;

/** A backup file found in a backup folder, with what its manifest says. */
public record BackupFile(Path path, BackupManifest manifest) {
}
