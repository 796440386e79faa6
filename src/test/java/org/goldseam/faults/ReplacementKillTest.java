package org.goldseam.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.goldseam.backup.BackupKind;
import org.goldseam.backup.BackupProgress;
import org.goldseam.backup.BackupService;
import org.goldseam.backup.BackupSettings;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.integrity.VaultCheck;
import org.goldseam.testing.TestVaults;
import org.goldseam.testing.VaultContent;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 of a real process in the middle of a passphrase change or a restore, at a random moment
 * within the time the operation takes. The step-by-step tests prove every checkpoint; this proves
 * the moments between them, with the operating system, not the test, ending the process.
 * {@code -Dgoldseam.faults.replacementKills=N} per operation (default 6).
 */
class ReplacementKillTest {
    @TempDir
    Path dir;

    private Path vault(String name) {
        Path folder = dir.resolve(name).resolve("vault");
        try (Vault vault = TestVaults.create(folder)) {
            new ClientRepository(vault.database().dsl()).insert(ClientDetails.of("Ingrid Þórsdóttir", LocalDate.of(2026, 3, 2)));
        }
        return folder;
    }

    @Test
    void aPassphraseChangeKilledAtAnyMomentLeavesExactlyOnePassphraseThatOpensTheVault() throws Exception {
        int kills = Integer.getInteger("goldseam.faults.replacementKills", 6);
        long duration = finish(start("passphrase", vault("dry").toString()));
        Random random = new Random(Long.getLong("goldseam.faults.seed", System.nanoTime()));
        int oldOpens = 0;
        int newOpens = 0;
        for (int k = 0; k < kills; k++) {
            Path folder = vault("kill-" + k);
            Map<String, String> content;
            try (Vault vault = TestVaults.open(folder)) {
                content = VaultContent.clinical(vault);
            }
            killDuring(start("passphrase", folder.toString()), random, duration);

            boolean oldWorks = opens(folder, TestVaults.PASSPHRASE, content);
            boolean newWorks = opens(folder, ReplacementProcess.NEW_PASSPHRASE, content);
            assertThat(oldWorks ^ newWorks).as("kill %d: exactly one passphrase opens the vault", k).isTrue();
            oldOpens += oldWorks ? 1 : 0;
            newOpens += newWorks ? 1 : 0;
        }
        System.out.printf("passphrase-change kill test: %d kills, old passphrase opened %d, new %d, 0 failures%n",
                kills, oldOpens, newOpens);
    }

    @Test
    void aRestoreKilledAtAnyMomentLeavesTheOldOrTheRestoredVaultComplete() throws Exception {
        int kills = Integer.getInteger("goldseam.faults.replacementKills", 6);
        Random random = new Random(Long.getLong("goldseam.faults.seed", System.nanoTime()));
        long duration = -1;
        int oldKept = 0;
        int restored = 0;
        for (int k = -1; k < kills; k++) {
            Path folder = vault("restore-" + k);
            Path backup;
            Map<String, String> backedUp;
            Map<String, String> current;
            try (Vault vault = TestVaults.open(folder)) {
                backup = new BackupService(TestVaults.vaults(), TestVaults.CLOCK, "Dr Imaginary")
                        .backUp(vault, BackupSettings.defaults(vault.files()), BackupKind.MANUAL, BackupProgress.NONE).file();
                backedUp = VaultContent.clinical(vault);
                new ClientRepository(vault.database().dsl()).insert(ClientDetails.of("Added Later", LocalDate.of(2026, 5, 5)));
                current = VaultContent.clinical(vault);
            }
            Child child = start("restore", folder.toString(), backup.toString(), folder.getParent().resolve("kept").toString());
            if (k < 0) {
                duration = finish(child); // the first run, to the end, measures how long a restore takes
                continue;
            }
            killDuring(child, random, duration);
            try (Vault vault = TestVaults.open(folder)) {
                Map<String, String> now = VaultContent.clinical(vault);
                assertThat(now).as("kill %d: the old or the restored vault, whole", k).isIn(backedUp, current);
                assertThat(VaultCheck.run(vault).findings()).isEmpty();
                if (now.equals(backedUp)) {
                    restored++;
                } else {
                    oldKept++;
                }
            }
            try (var files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString())).as("kill %d", k)
                        .containsExactlyInAnyOrder(VaultFiles.HEADER_NAME, "goldseam.mv.db");
            }
        }
        System.out.printf("restore kill test: %d kills, old vault kept %d, restored %d, 0 failures%n", kills, oldKept, restored);
    }

    private static boolean opens(Path folder, char[] passphrase, Map<String, String> content) {
        try (Vault vault = TestVaults.vaults().open(folder, passphrase)) {
            assertThat(VaultContent.clinical(vault)).isEqualTo(content);
            assertThat(VaultCheck.run(vault).findings()).isEmpty();
            return true;
        } catch (VaultException e) {
            assertThat(e.problem()).as(e.getMessage()).isEqualTo(VaultProblem.WRONG_PASSPHRASE);
            return false;
        }
    }

    private record Child(Process process, BufferedReader out) {
    }

    private static Child start(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dorg.jooq.no-logo=true",
                "-cp", System.getProperty("java.class.path"), ReplacementProcess.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("STARTING")) {
            // JVM start-up noise
        }
        return new Child(process, out);
    }

    /** Lets the child run to the end and returns how long its operation took, in milliseconds. */
    private static long finish(Child child) throws IOException, InterruptedException {
        StringBuilder text = new StringBuilder();
        String line;
        while ((line = child.out().readLine()) != null) {
            text.append(line).append('\n');
        }
        String output = text.toString();
        assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as(output).contains("DONE ");
        return Long.parseLong(output.substring(output.indexOf("DONE ") + 5).trim().split("\\s+")[0]);
    }

    private static void killDuring(Child child, Random random, long durationMillis) throws InterruptedException {
        Thread.sleep(random.nextInt((int) Math.max(1, durationMillis)));
        child.process().destroyForcibly(); // SIGKILL
        assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
}
