package org.goldseam.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an unlucky user or an attacker hands the command line (issue 13, items 4, 5, 8 and 10):
 * shared folders, odd passphrase files, dates far out of range, a backup folder that is the vault
 * folder under another name. Each is refused with a sentence or handled without harm.
 */
class HostileInputCommandsTest {
    @TempDir
    static Path dir;
    static Path demo;
    static Path pass;
    static long clientId;

    @BeforeAll
    static void smallDemoVault() throws Exception {
        pass = CliRun.defaultPassphraseFile(dir);
        demo = dir.resolve("demo");
        CliRun run = CliRun.run("demo", "--data-dir", demo.toString(), "--passphrase-file", pass.toString(),
                "--clients", "2", "--sessions", "3", "--seed", "3", "--as-of", "2026-11-20");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Vault vault = TestVaults.open(demo)) {
            clientId = new ClientRepository(vault.database().dsl()).listAll().get(0).id();
        }
    }

    // --- item 4: a folder that exists keeps its mode ---

    @Test
    void existingFoldersKeepTheirModeAndOnlyFoldersGoldseamMakesArePrivate() throws Exception {
        Path vault = copyOfDemo("modes");
        Path exportTo = sharedStickyFolder("export-to");
        Path backupTo = sharedStickyFolder("backup-to");
        Path initIn = sharedStickyFolder("init-in");

        assertThat(run(vault, "export", "--client", String.valueOf(clientId), "--out", exportTo.toString(), "--format", "json")
                .exitCode()).isZero();
        assertThat(run(vault, "backup", "--to", backupTo.toString()).exitCode()).isZero();
        CliRun init = CliRun.run("init", "--data-dir", initIn.toString(), "--passphrase-file", pass.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();

        for (Path shared : List.of(exportTo, backupTo, initIn)) {
            assertThat(mode(shared)).as("mode of %s", shared.getFileName()).isEqualTo("1777");
        }
        // what Goldseam wrote into them is private, though the folders are shared
        try (Stream<Path> files = Stream.of(exportTo, backupTo, initIn).flatMap(HostileInputCommandsTest::list)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isNotEmpty()
                    .allSatisfy(file -> assertThat(mode(file)).as("mode of %s", file.getFileName()).isEqualTo("600"));
        }
        // a folder Goldseam makes (and its missing parents) is the clinician's alone
        Path made = dir.resolve("made").resolve("deeper");
        assertThat(run(vault, "backup", "--to", made.toString()).exitCode()).isZero();
        assertThat(mode(made)).isEqualTo("700");
        assertThat(mode(made.getParent())).isEqualTo("700");
    }

    // --- item 5: passphrase files ---

    @Test
    void aByteOrderMarkIsNotPartOfThePassphrase() throws Exception {
        Path withBom = dir.resolve("bom.txt");
        byte[] text = (new String(TestVaults.PASSPHRASE) + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Files.write(withBom, bytes);

        CliRun check = CliRun.run("check", "--data-dir", demo.toString(), "--passphrase-file", withBom.toString());

        assertThat(check.exitCode()).as(check.err()).isZero();
    }

    @Test
    void aHugeFileOrAnEndlessDeviceIsRefusedWithASentence() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(1L << 30); // 1 GB, sparse: no disk space is used
        }
        for (Path file : List.of(huge, Path.of("/dev/zero"))) {
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> CliRun.run("check", "--data-dir", demo.toString(), "--passphrase-file", file.toString()));
            assertThat(run.exitCode()).as("%s: %s", file, run.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("passphrase file").doesNotContain("Exception").doesNotContain("Error");
        }
    }

    @Test
    void aPipeWithNoWriterIsRefusedAtOnceInsteadOfWaitingForever() throws Exception {
        Path fifo = dir.resolve("passphrase.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo").isTrue();

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CliRun.run("check", "--data-dir", demo.toString(), "--passphrase-file", fifo.toString()));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("is not a plain file");
    }

    @Test
    void controlCharactersAreNeverAPassphrase() throws Exception {
        Path nuls = dir.resolve("nuls.txt");
        Files.write(nuls, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\n'});
        Path folder = dir.resolve("nul-vault");

        CliRun init = CliRun.run("init", "--data-dir", folder.toString(), "--passphrase-file", nuls.toString());

        assertThat(init.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(init.err()).contains("control characters");
        assertThat(new VaultFiles(folder).anyPartPresent()).isFalse();
    }

    // --- item 8: dates out of range ---

    @Test
    void datesFarOutOfRangeAreRefusedUpFrontWithExitTwo() throws Exception {
        Path vault = copyOfDemo("dates");
        Map<String, String> before = TestVaults.fingerprint(vault);
        List<List<String>> lines = List.of(
                List.of("summary", "--client", String.valueOf(clientId), "--from", "-999999999-01-01", "--to", "2026-01-01",
                        "--out", dir.resolve("s.pdf").toString()),
                List.of("search", "theme:core_belief.fraud from:-999999999-01-01"),
                List.of("search", "anxious to:+999999999-12-31"),
                List.of("audit", "--from", "0000-01-01"));
        for (List<String> line : lines) {
            CliRun run = run(vault, line.toArray(String[]::new));
            assertThat(run.exitCode()).as("%s: %s", line, run.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as("%s", line).contains("between 1900-01-01 and 2200-12-31").doesNotContain("Exception");
        }
        assertThat(TestVaults.fingerprint(vault)).isEqualTo(before);

        for (String asOf : List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "1899-12-31", "2201-01-01")) {
            Path folder = dir.resolve("demo-as-of-" + asOf.replace('+', 'p'));
            CliRun run = CliRun.run("demo", "--data-dir", folder.toString(), "--passphrase-file", pass.toString(),
                    "--clients", "1", "--sessions", "1", "--as-of", asOf);
            assertThat(run.exitCode()).as("%s: %s", asOf, run.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("between 1900-01-01 and 2200-12-31");
            assertThat(new VaultFiles(folder).anyPartPresent()).as("nothing created for %s", asOf).isFalse();
        }
        // the ends of the range are accepted
        CliRun first = CliRun.run("demo", "--data-dir", dir.resolve("demo-1900").toString(), "--passphrase-file", pass.toString(),
                "--clients", "1", "--sessions", "1", "--as-of", "1900-01-01");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(run(vault, "search", "anxious from:1900-01-01 to:2200-12-31").exitCode()).isZero();
    }

    // --- item 10: backups never inside the vault, and private ---

    @Test
    void aBackupFolderThatIsTheVaultFolderThroughALinkIsRefused() throws Exception {
        Path vault = copyOfDemo("linked");
        Path link = Files.createSymbolicLink(dir.resolve("linked-looks-elsewhere"), vault);
        Path linkToParent = Files.createSymbolicLink(dir.resolve("linked-parent"), vault.getParent());

        for (Path to : List.of(link, link.resolve("backups"), linkToParent.resolve("vault").resolve("b"))) {
            CliRun run = run(vault, "backup", "--to", to.toString());
            assertThat(run.exitCode()).as("%s: %s", to, run.err()).isEqualTo(9);
            assertThat(run.err()).contains("inside the vault folder");
        }
        try (Stream<Path> inside = Files.walk(vault)) {
            assertThat(inside.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".zip"));
        }
    }

    @Test
    void backupFilesAreReadableByTheirOwnerOnly() throws Exception {
        Path vault = copyOfDemo("private-backup");
        CliRun run = run(vault, "backup");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> backups = Files.list(vault.resolveSibling("goldseam-backups"))) {
            assertThat(backups.toList()).hasSize(1).allSatisfy(file -> assertThat(mode(file)).isEqualTo("600"));
        }
    }

    private static Path sharedStickyFolder(String name) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Process chmod = new ProcessBuilder("chmod", "1777", folder.toString()).start();
        assertThat(chmod.waitFor(10, TimeUnit.SECONDS) && chmod.exitValue() == 0).as("chmod 1777").isTrue();
        assertThat(mode(folder)).isEqualTo("1777");
        return folder;
    }

    /** The octal mode as {@code stat} prints it, sticky bit included (Java's permission view has none). */
    private static String mode(Path path) {
        try {
            Process stat = new ProcessBuilder("stat", "-c", "%a", path.toString()).start();
            String out = new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            stat.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Path> list(Path folder) {
        try {
            try (Stream<Path> files = Files.list(folder)) {
                return files.toList().stream();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path copyOfDemo(String name) throws IOException {
        Path copy = dir.resolve(name).resolve("vault");
        Files.createDirectories(copy);
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwx------"));
        for (String file : new String[] {VaultFiles.HEADER_NAME, "goldseam.mv.db"}) {
            Files.copy(demo.resolve(file), copy.resolve(file));
        }
        return copy;
    }

    private static CliRun run(Path vault, String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data-dir", vault.toString(), "--passphrase-file", pass.toString()))
                .toArray(String[]::new);
        return CliRun.run(all);
    }
}
