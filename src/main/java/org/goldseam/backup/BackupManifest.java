package org.goldseam.backup;

import java.time.Instant;
import java.util.Objects;

/**
 * What a backup file says about itself, in its {@value BackupArchive#MANIFEST_ENTRY} entry. No client
 * data: the vault id, when and why it was made, and the size and SHA-256 of the encrypted database
 * inside, so that a damaged or altered backup is recognised before it is restored.
 */
public record BackupManifest(int formatVersion, String vaultId, Instant createdAt, BackupKind kind, String goldseamVersion,
                             long databaseSize, String databaseSha256) {
    public static final int FORMAT_VERSION = 1;

    public BackupManifest {
        Objects.requireNonNull(vaultId, "vaultId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(goldseamVersion, "goldseamVersion");
        Objects.requireNonNull(databaseSha256, "databaseSha256");
    }
}
