package org.goldseam.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Reads the plaintext prefix H2 writes at the start of an encrypted file: the marker
 * {@code "H2encrypt\n"} followed by an 8-byte random salt chosen when the file was created.
 */
final class DatabaseFileSalt {
    private static final byte[] MARKER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT_LENGTH = 8;

    private DatabaseFileSalt() {
    }

    /** The salt as hex, or empty when the file does not start like an encrypted H2 file. */
    static Optional<String> read(Path databaseFile) {
        byte[] prefix = new byte[MARKER.length + SALT_LENGTH];
        try (InputStream in = Files.newInputStream(databaseFile)) {
            if (in.readNBytes(prefix, 0, prefix.length) < prefix.length) {
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new VaultException(VaultProblem.STORAGE,
                    "The vault's database file could not be read: " + Vaults.reason(e) + ".", e);
        }
        if (!Arrays.equals(prefix, 0, MARKER.length, MARKER, 0, MARKER.length)) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(prefix, MARKER.length, prefix.length));
    }
}
