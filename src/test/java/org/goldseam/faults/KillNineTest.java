package org.goldseam.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldseam.db.Tables.SESSION_NOTE;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.goldseam.integrity.CheckReport;
import org.goldseam.integrity.VaultCheck;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 at random moments: a child JVM saves notes in a loop and is killed without warning (while
 * starting, opening, migrating, writing or signing). After every kill the vault must open, pass
 * {@code check}, and hold every note the child had reported durable.
 *
 * <p>25 kills in the normal run; {@code -Dgoldseam.faults.kills=200} for the full run that
 * docs/RELIABILITY.md reports. {@code -Dgoldseam.faults.seed=N} replays a run.
 */
class KillNineTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void everySaveReportedDurableSurvivesAKillAtARandomMoment() throws Exception {
        int kills = Integer.getInteger("goldseam.faults.kills", 25);
        long seed = Long.getLong("goldseam.faults.seed", System.nanoTime());
        Random random = new Random(seed);
        Path folder = dir.resolve("vault");
        TestVaults.create(folder).close();
        Set<Long> durable = new HashSet<>();
        int killedWhileWriting = 0;
        long started = System.nanoTime();

        for (int k = 1; k <= kills; k++) {
            Process child = start(folder);
            List<Long> reported = new ArrayList<>();
            CountDownLatch writing = new CountDownLatch(1);
            Thread reader = new Thread(() -> read(child, reported, writing));
            reader.start();
            if (random.nextInt(5) == 0) {
                // one kill in five somewhere in start-up: JVM, key derivation, recovery of the last kill, migration
                Thread.sleep(random.nextInt(2_500));
            } else {
                // the rest while notes are being saved, signed and audited
                // generous: a JVM start on a busy 2-core machine can take a long while
                assertThat(writing.await(180, TimeUnit.SECONDS)).as("the writer started saving").isTrue();
                Thread.sleep(random.nextInt(800));
            }
            child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no finally
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            synchronized (reported) {
                durable.addAll(reported);
                if (!reported.isEmpty()) {
                    killedWhileWriting++;
                }
            }

            try (Vault vault = TestVaults.open(folder)) {
                CheckReport report = VaultCheck.run(vault);
                assertThat(report.findings()).as("kill %d (seed %d)", k, seed).isEmpty();
                Set<Long> present = new HashSet<>(vault.database().dsl().select(SESSION_NOTE.ID).from(SESSION_NOTE)
                        .fetch(SESSION_NOTE.ID));
                assertThat(present).as("kill %d (seed %d): every note reported durable is there", k, seed).containsAll(durable);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // the numbers docs/RELIABILITY.md quotes come from this line of the full run
        System.out.printf("kill -9 fault test: %d kills (%d while saving), %d durable saves verified, 0 failures, seed %d, %.0f s%n",
                kills, killedWhileWriting, durable.size(), seed, seconds);
        assertThat(killedWhileWriting).as("most kills must land while notes are being saved").isGreaterThanOrEqualTo(kills / 2);
    }

    private static Process start(Path folder) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dorg.jooq.no-logo=true",
                "-Dorg.jooq.no-tips=true", "-cp", System.getProperty("java.class.path"), NoteWriterProcess.class.getName(),
                folder.toString()).redirectErrorStream(true).start();
    }

    private static void read(Process child, List<Long> reported, CountDownLatch writing) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("DURABLE ")) {
                    synchronized (reported) {
                        reported.add(Long.parseLong(line.substring(8).trim()));
                    }
                    writing.countDown();
                }
            }
        } catch (java.io.IOException e) {
            // the pipe breaks when the child dies: that is the point
        }
    }
}
