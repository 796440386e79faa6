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

    /** The clinician every test vault names, as the create screen or {@code goldseam init} would have. */
    public static final String CLINICIAN_NAME = "Dr Tess Invented";
    public static final String CLINICIAN_CREDENTIALS = "PsyD, licensed psychologist";
    public static final String CLINICIAN = CLINICIAN_NAME + ", " + CLINICIAN_CREDENTIALS;

    /**
     * A new vault whose clinician is {@link #CLINICIAN} (written directly, without the audit entry
     * naming it adds, so tests that count audit entries count only their own).
     */
    public static Vault create(Path folder) {
        Vault vault = createUnnamed(folder);
        vault.database().dsl().insertInto(org.goldseam.db.Tables.CLINICIAN)
                .set(org.goldseam.db.Tables.CLINICIAN.ID, 1)
                .set(org.goldseam.db.Tables.CLINICIAN.FULL_NAME, CLINICIAN_NAME)
                .set(org.goldseam.db.Tables.CLINICIAN.CREDENTIALS, CLINICIAN_CREDENTIALS)
                .set(org.goldseam.db.Tables.CLINICIAN.RECORDED_AT, java.time.OffsetDateTime.now(CLOCK))
                .execute();
        return vault;
    }

    /** A new vault that names no clinician yet, like one created before Goldseam kept the clinician in the vault. */
    public static Vault createUnnamed(Path folder) {
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
