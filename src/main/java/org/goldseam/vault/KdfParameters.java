package org.goldseam.vault;

import java.security.SecureRandom;

/**
 * How the passphrase is stretched: PBKDF2-HMAC-SHA256 with a random salt. Stored in the vault
 * header so a later version can raise the iteration count for new vaults without losing old ones.
 */
// the salt is bytes written to and read from the header; no caller compares parameters with equals
@SuppressWarnings("ArrayRecordComponent")
public record KdfParameters(String algorithm, int iterations, byte[] salt) {
    public static final String PBKDF2_SHA256 = "PBKDF2WithHmacSHA256";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256; the floor. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /**
     * The fewest rounds a vault opened in normal use may ask for. No Goldseam ever wrote fewer; a header
     * that asks for fewer is damaged or was made to weaken the key. Tests that build vaults with a
     * small count admit it through the {@code Vaults} constructor that sets the count.
     */
    public static final int MIN_ITERATIONS = 100_000;
    /**
     * The most rounds a header may ask for: some 15 times the default, seconds of work on a slow
     * machine. Two billion, which a damaged or hostile header can ask for, would stall an unlock for
     * hours with no way to tell why.
     */
    public static final int MAX_ITERATIONS = 10_000_000;
    private static final int SALT_BYTES = 16;

    public KdfParameters {
        if (!PBKDF2_SHA256.equals(algorithm)) {
            throw new IllegalArgumentException("unknown key derivation " + algorithm);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        if (salt == null || salt.length < SALT_BYTES) {
            throw new IllegalArgumentException("salt must have at least " + SALT_BYTES + " bytes");
        }
        salt = salt.clone();
    }

    /** Fresh parameters for a new vault. */
    public static KdfParameters fresh(SecureRandom random) {
        return withIterations(random, DEFAULT_ITERATIONS);
    }

    /**
     * Fresh parameters with a chosen iteration count. Production code uses {@link #fresh}; tests that
     * create hundreds of vaults use a small count so the suite stays fast (the key check still
     * exercises the same code path).
     */
    public static KdfParameters withIterations(SecureRandom random, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new KdfParameters(PBKDF2_SHA256, iterations, salt);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }
}
