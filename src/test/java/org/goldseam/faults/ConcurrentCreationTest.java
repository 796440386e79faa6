package org.goldseam.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.goldseam.app.cli.CliRun;
import org.goldseam.integrity.VaultCheck;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.KdfParameters;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.Vaults;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code init} (or {@code demo}) runs on one new folder at once, in two processes started within
 * milliseconds of each other (issue 13, item 9). Creation takes the folder's lock before it writes
 * anything, so exactly one wins; the other says the folder is in use (or, had it come later, that a
 * vault is there) and touches nothing, and the winner's vault opens and passes {@code check}.
 */
class ConcurrentCreationTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"init", "demo"})
    void twoCreationsAtOnceLeaveOneSoundVaultAndOneClearRefusal(String command) throws Exception {
        Path pass = CliRun.defaultPassphraseFile(dir);
        Path folder = dir.resolve(command).resolve("vault");
        Path start = dir.resolve("start-" + command);
        List<String> line = new ArrayList<>(List.of(command, "--data-dir", folder.toString(), "--passphrase-file", pass.toString()));
        if (command.equals("demo")) {
            line.addAll(List.of("--clients", "2", "--sessions", "2", "--as-of", "2026-11-20"));
        }
        Process first = race(start, line);
        Process second = race(start, line);
        Files.createFile(start);
        assertThat(first.waitFor(180, TimeUnit.SECONDS) && second.waitFor(180, TimeUnit.SECONDS)).as("both finished").isTrue();
        String firstOut = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String secondOut = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String both = "first (" + first.exitValue() + "): " + firstOut + "\nsecond (" + second.exitValue() + "): " + secondOut;

        List<Integer> codes = Stream.of(first.exitValue(), second.exitValue()).sorted().toList();
        assertThat(codes.get(0)).as(both).isZero();
        assertThat(codes.get(1)).as(both).isIn(4, 7);
        String loser = first.exitValue() == 0 ? secondOut : firstOut;
        System.out.println("creation race (" + command + "): exit codes " + codes);
        assertThat(loser).as(both).containsAnyOf("right now", "already open", "already a vault").doesNotContain("Exception");
        // the winner's vault is whole: it opens with the passphrase and passes check
        try (Vault vault = new Vaults(TestVaults.CLOCK, new SecureRandom(), KdfParameters.DEFAULT_ITERATIONS)
                .open(folder, TestVaults.PASSPHRASE)) {
            assertThat(VaultCheck.run(vault).sound()).as(both).isTrue();
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(VaultFiles.HEADER_NAME, "goldseam.mv.db");
        }
    }

    private static Process race(Path start, List<String> line) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                CreationRaceProcess.class.getName(), start.toString()));
        command.addAll(line);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // byte by byte, so nothing after the first line is taken from the stream read after exit
        StringBuilder first = new StringBuilder();
        int c;
        while ((c = process.getInputStream().read()) >= 0 && c != '\n') {
            first.append((char) c);
        }
        assertThat(first.toString()).isEqualTo("READY");
        return process;
    }
}
