package org.goldseam.app.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Goldseam starts for one vault, as two processes: the second hands over to the first (which is
 * asked to bring its window to front) and ends, instead of reaching the vault lock. A start for another
 * vault is a window of its own, and a socket left by a killed process does not block the next start.
 */
class SingleInstanceTest {
    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopProbes() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void aSecondStartForTheSameVaultHandsOverToTheFirstAndEnds() throws Exception {
        Path run = dir.resolve("run");
        Path vault = dir.resolve("vault");
        Probe first = probe(run, vault);
        assertThat(first.next()).isEqualTo("first");

        Probe second = probe(run, vault);
        assertThat(second.next()).isEqualTo("handed-over");
        assertThat(second.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(second.process.exitValue()).isZero();
        assertThat(first.next()).as("the running one was asked to come to the front").isEqualTo("asked");

        Probe otherVault = probe(run, dir.resolve("another vault"));
        assertThat(otherVault.next()).as("another vault opens in a window of its own").isEqualTo("first");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run))).isEqualTo("rwx------");
    }

    @Test
    void aSocketLeftByAKilledStartDoesNotBlockTheNext() throws Exception {
        Path run = dir.resolve("run");
        Path vault = dir.resolve("vault");
        Probe killed = probe(run, vault);
        assertThat(killed.next()).isEqualTo("first");
        killed.process.destroyForcibly().waitFor(20, TimeUnit.SECONDS); // SIGKILL: no chance to remove its socket
        try (var left = Files.list(run)) {
            assertThat(left.filter(p -> p.getFileName().toString().endsWith(".sock"))).hasSize(1);
        }

        Probe next = probe(run, vault);
        assertThat(next.next()).isEqualTo("first");
    }

    @Test
    void aRunFolderOthersCouldEnterIsClosedAndALinkIsRefused() throws Exception {
        Path open = Files.createDirectory(dir.resolve("open"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThat(SingleInstance.privateFolder(open)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(open))).isEqualTo("rwx------");

        Path link = Files.createSymbolicLink(dir.resolve("link"), open);
        assertThat(SingleInstance.claim(link, dir.resolve("vault"))).isInstanceOf(SingleInstance.Unavailable.class);
    }

    private Probe probe(Path run, Path vault) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                InstanceProbe.class.getName(), run.toString(), vault.toString()).redirectErrorStream(true).start();
        started.add(process);
        return new Probe(process);
    }

    /** A probe process and the lines it prints, read on a thread so a silent process cannot hang the test. */
    private static final class Probe {
        final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        Probe(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        String next() throws InterruptedException {
            String line = lines.poll(30, TimeUnit.SECONDS);
            return line == null ? "(nothing within 30 s)" : line;
        }
    }
}
