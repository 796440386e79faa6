package org.goldseam.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.goldseam.vault.Vault;
import org.goldseam.vault.Vaults;

/** Real encrypted vaults for tests, with a low key-stretching count so the suite stays quick. */
public final class TestVaults {
    public static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    public static final int TEST_ITERATIONS = 1_000;
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    private TestVaults() {
    }

    public static Vaults vaults() {
        return new Vaults(CLOCK, new SecureRandom(), TEST_ITERATIONS);
    }

    public static Vault create(Path folder) {
        return vaults().create(folder, PASSPHRASE);
    }

    public static Vault open(Path folder) {
        return vaults().open(folder, PASSPHRASE);
    }

    /** SHA-256 of every file below {@code folder}, by relative path. */
    public static Map<String, String> fingerprint(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                hashes.put(folder.relativize(file).toString(), HexFormat.of().formatHex(digest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }
}
