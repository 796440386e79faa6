package org.goldseam.vault;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The small plaintext file beside the encrypted database: what is needed to derive the key, and a
 * check value to recognise the right passphrase. It holds no client data.
 *
 * @param formatVersion version of this header's layout
 * @param vaultId       random id, also stored inside the database to detect a header/database mix-up
 * @param createdAt     when the vault was created
 * @param kdf           how the passphrase is stretched
 * @param keyCheck      HMAC of the vault id under a key derived from the passphrase
 * @param databaseSalt  the encryption salt H2 wrote in plaintext at the start of the database file:
 *                      tells a header from another vault apart from a damaged database
 * @param closedSize    the database file's size when Goldseam last closed it cleanly, or null while it
 *                      is open (or after a crash): a smaller file at the next open was truncated
 * @param closedChain   the audit trail's length and last hash at the last clean close, or null when
 *                      not known (a new vault, or a header an older Goldseam wrote): kept while the
 *                      vault is open, since a crash leaves the database ahead of it, never behind
 * @param closedContent a digest of every table's row count and seals at the last clean close, or
 *                      null while the vault is open (or after a crash): another digest at the next
 *                      open means rows were lost, added or rolled back outside Goldseam (ADR 0021)
 * @param closedFile    SHA-256 of the database file as it was last closed cleanly, or null while it is
 *                      open (or after a crash): a file still equal to it needs no row-by-row check at open
 */
// the key check is bytes written to and read from the header; it is compared with MessageDigest.isEqual
@SuppressWarnings("ArrayRecordComponent")
public record VaultHeader(int formatVersion, String vaultId, Instant createdAt, KdfParameters kdf, byte[] keyCheck,
                          String databaseSalt, @Nullable Long closedSize, @Nullable ChainMark closedChain,
                          @Nullable String closedContent, @Nullable String closedFile) {
    public static final int FORMAT_VERSION = 1;

    public VaultHeader {
        Objects.requireNonNull(vaultId, "vaultId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(kdf, "kdf");
        Objects.requireNonNull(databaseSalt, "databaseSalt");
        keyCheck = keyCheck.clone();
    }

    /** A header with no audit mark, as every header was before ADR 0021. */
    public VaultHeader(int formatVersion, String vaultId, Instant createdAt, KdfParameters kdf, byte[] keyCheck,
                       String databaseSalt, @Nullable Long closedSize) {
        this(formatVersion, vaultId, createdAt, kdf, keyCheck, databaseSalt, closedSize, null, null, null);
    }

    public VaultHeader withClosedSize(@Nullable Long size) {
        return new VaultHeader(formatVersion, vaultId, createdAt, kdf, keyCheck, databaseSalt, size, closedChain, closedContent, closedFile);
    }

    public VaultHeader withClosedChain(@Nullable ChainMark mark) {
        return new VaultHeader(formatVersion, vaultId, createdAt, kdf, keyCheck, databaseSalt, closedSize, mark, closedContent, closedFile);
    }

    public VaultHeader withClosedContent(@Nullable String digest) {
        return new VaultHeader(formatVersion, vaultId, createdAt, kdf, keyCheck, databaseSalt, closedSize, closedChain, digest, closedFile);
    }

    public VaultHeader withClosedFile(@Nullable String digest) {
        return new VaultHeader(formatVersion, vaultId, createdAt, kdf, keyCheck, databaseSalt, closedSize, closedChain, closedContent, digest);
    }

    @Override
    public byte[] keyCheck() {
        return keyCheck.clone();
    }
}
