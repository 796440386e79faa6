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
 */
// the key check is bytes written to and read from the header; it is compared with MessageDigest.isEqual
@SuppressWarnings("ArrayRecordComponent")
public record VaultHeader(int formatVersion, String vaultId, Instant createdAt, KdfParameters kdf, byte[] keyCheck,
                          String databaseSalt, @Nullable Long closedSize) {
    public static final int FORMAT_VERSION = 1;

    public VaultHeader {
        Objects.requireNonNull(vaultId, "vaultId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(kdf, "kdf");
        Objects.requireNonNull(databaseSalt, "databaseSalt");
        keyCheck = keyCheck.clone();
    }

    public VaultHeader withClosedSize(@Nullable Long size) {
        return new VaultHeader(formatVersion, vaultId, createdAt, kdf, keyCheck, databaseSalt, size);
    }

    @Override
    public byte[] keyCheck() {
        return keyCheck.clone();
    }
}
