package org.goldseam.backup;

import java.time.Instant;
import java.util.Objects;
import org.goldseam.audit.AuditAnchor;
import org.jspecify.annotations.Nullable;

/**
 * What a backup file says about itself, in its {@value BackupArchive#MANIFEST_ENTRY} entry. No client
 * data: the vault id, when and why it was made, and the size and SHA-256 of the encrypted database
 * inside, and the SHA-256 of the header copy beside it, so that a damaged or altered backup is
 * recognised before it is restored. {@code headerSha256} is null in backups made before it was
 * recorded; their header is then only held to the limits every header is held to.
 *
 * <p>{@code auditAnchor} is the audit trail's length, last row id and last hash when the copy was
 * taken: kept outside the vault, it lets {@code goldseam check --against} this backup prove that
 * the trail has not been shortened or rewritten since. Null in backups made before it was recorded.
 */
public record BackupManifest(int formatVersion, String vaultId, Instant createdAt, BackupKind kind, String goldseamVersion,
                             long databaseSize, String databaseSha256, @Nullable String headerSha256, @Nullable AuditAnchor auditAnchor) {
    public static final int FORMAT_VERSION = 1;

    public BackupManifest {
        Objects.requireNonNull(vaultId, "vaultId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(goldseamVersion, "goldseamVersion");
        Objects.requireNonNull(databaseSha256, "databaseSha256");
    }

    /** A manifest without an audit anchor, as backups made before it was recorded have. */
    public BackupManifest(int formatVersion, String vaultId, Instant createdAt, BackupKind kind, String goldseamVersion,
                          long databaseSize, String databaseSha256, String headerSha256) {
        this(formatVersion, vaultId, createdAt, kind, goldseamVersion, databaseSize, databaseSha256, headerSha256, null);
    }

    /** A manifest without the header's checksum, as backups made before it was recorded have. */
    public BackupManifest(int formatVersion, String vaultId, Instant createdAt, BackupKind kind, String goldseamVersion,
                          long databaseSize, String databaseSha256) {
        this(formatVersion, vaultId, createdAt, kind, goldseamVersion, databaseSize, databaseSha256, null, null);
    }
}
