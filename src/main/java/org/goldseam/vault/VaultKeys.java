package org.goldseam.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys derived from a passphrase. One slow PBKDF2 run gives a master key; cheap HMAC expansions
 * of it give the H2 file key, the H2 user password and a key-check value kept in the header.
 * The key check lets a wrong passphrase be recognised without touching the database file at all.
 */
public final class VaultKeys {
    private final byte[] fileKey;
    private final byte[] userKey;
    private final byte[] keyCheck;

    private VaultKeys(byte[] fileKey, byte[] userKey, byte[] keyCheck) {
        this.fileKey = fileKey;
        this.userKey = userKey;
        this.keyCheck = keyCheck;
    }

    public static VaultKeys derive(char[] passphrase, KdfParameters kdf, String vaultId) {
        // NFC, so "Zoë" typed as one code point or as e + combining diaeresis gives the same key
        char[] normalized = Normalizer.normalize(java.nio.CharBuffer.wrap(passphrase), Normalizer.Form.NFC).toCharArray();
        PBEKeySpec spec = new PBEKeySpec(normalized, kdf.salt(), kdf.iterations(), 256);
        byte[] master = null;
        try {
            master = SecretKeyFactory.getInstance(kdf.algorithm()).generateSecret(spec).getEncoded();
            return new VaultKeys(
                    expand(master, "goldseam/h2-file-key/v1"),
                    expand(master, "goldseam/h2-user-key/v1"),
                    expand(master, "goldseam/key-check/v1/" + vaultId));
        } catch (GeneralSecurityException e) {
            // every Java 17+ runtime ships PBKDF2WithHmacSHA256 and HmacSHA256
            throw new IllegalStateException("the Java runtime lacks " + kdf.algorithm(), e);
        } finally {
            spec.clearPassword();
            Arrays.fill(normalized, '\0');
            if (master != null) {
                Arrays.fill(master, (byte) 0);
            }
        }
    }

    private static byte[] expand(byte[] master, String label) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(master, "HmacSHA256"));
        return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
    }

    /** The value stored in the header to recognise the right passphrase. */
    public byte[] keyCheck() {
        return keyCheck.clone();
    }

    public boolean matches(byte[] storedKeyCheck) {
        return MessageDigest.isEqual(keyCheck, storedKeyCheck);
    }

    /**
     * H2's password for {@code CIPHER=AES}: file password, a space, user password, in hex. Built
     * straight into a {@code char[]} (no {@code String} ever holds key material: one could not be
     * wiped); the caller wipes it.
     */
    public char[] h2Password() {
        char[] password = new char[fileKey.length * 2 + 1 + userKey.length * 2];
        int at = hex(fileKey, password, 0);
        password[at++] = ' ';
        hex(userKey, password, at);
        return password;
    }

    private static int hex(byte[] bytes, char[] into, int at) {
        for (byte b : bytes) {
            into[at++] = Character.forDigit((b >> 4) & 0xF, 16);
            into[at++] = Character.forDigit(b & 0xF, 16);
        }
        return at;
    }

    /**
     * An independent copy, for an open vault to unlock copies of itself (its backups) without
     * asking for the passphrase again. Each copy is destroyed on its own.
     */
    public VaultKeys copy() {
        return new VaultKeys(fileKey.clone(), userKey.clone(), keyCheck.clone());
    }

    /** Forget the key material once the database is open. */
    public void destroy() {
        Arrays.fill(fileKey, (byte) 0);
        Arrays.fill(userKey, (byte) 0);
    }
}
