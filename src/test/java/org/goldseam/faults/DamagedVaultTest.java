package org.goldseam.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** Issue 13, item 6: a header byte that is no longer UTF-8 is damage (exit 5, backup offered), not a disk problem (exit 9). */
    @Test
    void aHeaderThatIsNoLongerTextIsRefusedAsDamagedWithTheNewestBackupOffered() throws Exception {
        Path folder = copy("header-not-text");
        Path header = new VaultFiles(folder).header();
        byte[] bytes = Files.readAllBytes(header);
        bytes[bytes.length / 2] = (byte) 0xC3; // starts a two-byte UTF-8 sequence the next byte does not continue
        bytes[bytes.length / 2 + 1] = (byte) 0x28;
        Files.write(header, bytes);
        Map<String, String> before = TestVaults.fingerprint(folder);

        assertRefusedAsDamagedWithOffer(folder, check(folder), before);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(org.goldseam.vault.VaultException.class,
                () -> TestVaults.open(folder)).problem()).isEqualTo(org.goldseam.vault.VaultProblem.DAMAGED);
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

    /**
     * Issue 13, item 3: a flipped byte in a data page that today's check passes (exit 0) while
     * exporting a client's record then fails on it. Check must find it (exit 5 or 8), and backup must
     * refuse the vault: its "verified" copy is never kept, so retention can never prefer it to the
     * good backup made before.
     */
    @Test
    void damageInADataPageThatAReadTripsOverFailsCheckAndIsNeverBackedUp() throws Exception {
        Path folder = copy("data-page");
        Path backups = folder.getParent().resolve("goldseam-backups");
        Map<String, String> goodBackups = TestVaults.fingerprint(backups);
        long client = flipAByteAnExportTripsOver(folder);

        CliRun check = check(folder);
        assertThat(check.exitCode()).as(check.out() + check.err()).isIn(5, 8);
        assertThat(check.out() + check.err()).contains("damaged").doesNotContain("\tat ");

        CliRun backup = CliRun.run("backup", "--data-dir", folder.toString(), "--passphrase-file", pass.toString());
        assertThat(backup.exitCode()).as(backup.out() + backup.err()).isEqualTo(5);
        assertThat(backup.err()).contains("damaged").doesNotContain("\tat ");
        assertThat(TestVaults.fingerprint(backups)).as("no new backup, the good one untouched").isEqualTo(goodBackups);

        // and the read that found it still says "damaged", with the backup offered
        CliRun export = export(folder, client);
        assertThat(export.exitCode()).isEqualTo(5);
        assertThat(export.err()).contains("damaged").contains("goldseam restore");
    }

    /** Where a flip is known to land in a page a client's export reads (found by the search below, for this demo vault). */
    private static final long PINNED_OFFSET = 14343;
    private static final long PINNED_CLIENT = 4;

    /**
     * Flips one byte of the vault so that exporting some client's record fails as damaged while the
     * vault still opens and lists its clients. Tries the pinned place first; if the file's layout
     * has changed (another H2 setting, another demo), searches for one deterministically.
     */
    private static long flipAByteAnExportTripsOver(Path folder) throws Exception {
        Path db = new VaultFiles(folder).databaseFile();
        // the file as the demo left it (the backup made of the copy wrote to it): the pinned place is in that layout
        Files.copy(pristine.resolve(db.getFileName()), db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(pristine.resolve(VaultFiles.HEADER_NAME), folder.resolve(VaultFiles.HEADER_NAME),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] original = Files.readAllBytes(db);
        if (flipsIntoAnExportFailure(folder, db, original, PINNED_OFFSET, List.of(PINNED_CLIENT))) {
            return PINNED_CLIENT;
        }
        for (long at = 4096 + 37; at < original.length; at += 1021) {
            CliRun clients = CliRun.run("clients", "--data-dir", folder.toString(), "--passphrase-file", pass.toString(),
                    "--format", "csv");
            List<Long> ids = clients.out().lines().skip(1).map(line -> Long.parseLong(line.split(",")[0])).toList();
            for (long id : ids) {
                if (flipsIntoAnExportFailure(folder, db, original, at, List.of(id))) {
                    System.out.printf("data-page damage found at offset %d (client %d); pin it in DamagedVaultTest%n", at, id);
                    return id;
                }
            }
        }
        CliRun listed = CliRun.run("clients", "--data-dir", folder.toString(), "--passphrase-file", pass.toString(), "--format", "csv");
        throw new AssertionError("no single-byte flip made an export fail: the search needs a wider range (file "
                + original.length + " bytes; clients on the undamaged file: exit " + listed.exitCode() + " " + listed.err() + ")");
    }

    private static boolean flipsIntoAnExportFailure(Path folder, Path db, byte[] original, long at, List<Long> clientIds)
            throws Exception {
        // `clients` and `export` are audited, so each probe writes to the vault and its header: put both back
        Path header = folder.resolve(VaultFiles.HEADER_NAME);
        byte[] originalHeader = Files.readAllBytes(pristine.resolve(VaultFiles.HEADER_NAME));
        byte[] damaged = original.clone();
        damaged[(int) at] ^= 0x5a;
        Files.write(db, damaged);
        Files.write(header, originalHeader);
        CliRun clients = CliRun.run("clients", "--data-dir", folder.toString(), "--passphrase-file", pass.toString());
        boolean found = clients.exitCode() == 0 && clientIds.stream().anyMatch(id -> export(folder, id).exitCode() == 5);
        if (!found) {
            Files.write(db, original);
            Files.write(header, originalHeader);
        }
        return found;
    }

    private static CliRun export(Path folder, long client) {
        return CliRun.run("export", "--client", Long.toString(client), "--format", "json",
                "--out", folder.resolveSibling("export-" + client + "-" + System.nanoTime()).toString(),
                "--data-dir", folder.toString(), "--passphrase-file", pass.toString());
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
