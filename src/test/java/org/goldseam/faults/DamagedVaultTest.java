package org.goldseam.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.goldseam.app.cli.CliRun;
import org.goldseam.testing.TestVaults;
import org.goldseam.testing.VaultContent;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vault file cut short or with bytes flipped. Opening must refuse it as damaged, name the newest
 * backup and how to restore it, and change nothing; or, where the flipped bytes lie in space the
 * store no longer uses, open with exactly the content it had. Never a silent loss.
 */
class DamagedVaultTest {
    private static final int RANDOM_CASES = 12;

    @TempDir
    static Path dir;
    static Path pristine;
    static Path pass;
    static Map<String, String> content;

    @BeforeAll
    static void aDemoVaultWithABackup() throws Exception {
        pass = CliRun.defaultPassphraseFile(dir);
        pristine = dir.resolve("pristine").resolve("vault");
        assertThat(CliRun.run("demo", "--data-dir", pristine.toString(), "--passphrase-file", pass.toString(),
                "--clients", "8", "--sessions", "16", "--seed", "3", "--as-of", "2026-11-20").exitCode()).isZero();
        try (Vault vault = TestVaults.open(pristine)) {
            content = VaultContent.clinical(vault);
        }
    }

    private static Path copy(String name) throws Exception {
        Path folder = dir.resolve(name).resolve("vault");
        Files.createDirectories(folder);
        for (String file : new String[] {VaultFiles.HEADER_NAME, "goldseam.mv.db"}) {
            Files.copy(pristine.resolve(file), folder.resolve(file));
        }
        CliRun backup = CliRun.run("backup", "--data-dir", folder.toString(), "--passphrase-file", pass.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        return folder;
    }

    private static CliRun check(Path folder) {
        return CliRun.run("check", "--data-dir", folder.toString(), "--passphrase-file", pass.toString());
    }

    private static void assertRefusedAsDamagedWithOffer(Path folder, CliRun run, Map<String, String> before) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(5);
        assertThat(run.err()).contains("damaged").contains("newest backup").contains("goldseam restore")
                .contains(folder.getParent().resolve("goldseam-backups").toString()).doesNotContain("\tat ");
        assertThat(TestVaults.fingerprint(folder)).isEqualTo(before);
    }

    @Test
    void aTruncatedFileIsRefusedAsDamagedWithTheNewestBackupOffered() throws Exception {
        Path folder = copy("truncated");
        Path db = new VaultFiles(folder).databaseFile();
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            file.setLength(file.length() * 2 / 3);
        }
        Map<String, String> before = TestVaults.fingerprint(folder);
        assertRefusedAsDamagedWithOffer(folder, check(folder), before);
    }

    /** H2 keeps its store header twice (after the 4 KB encryption header); one damaged copy is survived with every row intact. */
    @Test
    void aDamagedCopyOfTheStoreHeaderIsSurvivedWithTheContentIntact() throws Exception {
        Path folder = copy("header-flip");
        flip(new VaultFiles(folder).databaseFile(), new Random(1), 4096, 8192, 24);
        assertThat(check(folder).exitCode()).isZero();
        try (Vault vault = TestVaults.open(folder)) {
            assertThat(VaultContent.clinical(vault)).isEqualTo(content);
        }
    }

    @Test
    void randomlyFlippedBytesAreRefusedReportedOrProvablyHarmless() throws Exception {
        int refused = 0;
        int reported = 0;
        int harmless = 0;
        for (int c = 0; c < RANDOM_CASES; c++) {
            Path folder = copy("random-" + c);
            Path db = new VaultFiles(folder).databaseFile();
            flip(db, new Random(c), 4096, Files.size(db), 1 + c % 8);
            Map<String, String> before = TestVaults.fingerprint(folder);

            CliRun run = check(folder);

            if (run.exitCode() == 5) {
                assertRefusedAsDamagedWithOffer(folder, run, before);
                refused++;
            } else if (run.exitCode() == 8) {
                assertThat(run.out()).as("case %d", c).contains("PROBLEM");
                reported++;
            } else {
                assertThat(run.exitCode()).as("case %d: %s", c, run.err()).isZero();
                try (Vault vault = TestVaults.open(folder)) {
                    assertThat(VaultContent.clinical(vault)).as("case %d opened, so nothing may be lost", c).isEqualTo(content);
                }
                harmless++;
            }
        }
        System.out.printf("flipped-bytes fault test: %d cases, %d refused as damaged, %d reported by check, "
                + "%d in unused space with the content intact, 0 silent losses%n", RANDOM_CASES, refused, reported, harmless);
    }

    /** Flips {@code count} random bytes in [from, to) of the file. */
    private static void flip(Path file, Random random, long from, long to, int count) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (int i = 0; i < count; i++) {
                long at = from + (long) (random.nextDouble() * (to - from));
                raf.seek(at);
                int value = raf.read();
                raf.seek(at);
                raf.write(value ^ (1 + random.nextInt(255)));
            }
        }
    }
}
