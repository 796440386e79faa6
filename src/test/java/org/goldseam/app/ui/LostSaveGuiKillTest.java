package org.goldseam.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.goldseam.app.cli.CliRun;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.workspace.NoteContents;
import org.goldseam.clients.ClientDetails;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.Section;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lost save as a clinician met it: one long-lived demo vault, the real window in a JVM of its
 * own, a draft opened from the sessions list with the mouse, words typed on the keyboard, "Saved"
 * on the status line, more words and more autosaves for 50 to 71 s, then SIGKILL. After each kill
 * the vault is opened again and the draft must hold exactly the text that was on screen as saved.
 *
 * <p>The working time matters: H2 reuses the space of superseded chunks only 45 s after they were
 * superseded, and before ADR 0015's fix every save in the following half minute or so could be
 * lost. Killed a few seconds after unlock, as this test first did, the build before the fix kept
 * every save; killed after 50 s of writing, it lost 3 of 4.
 *
 * <p>10 kills in the normal run; {@code -Dgoldseam.faults.guiKills=N} for the documented run (ADR 0015).
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class LostSaveGuiKillTest {
    private static final OffsetDateTime SESSION = OffsetDateTime.of(2026, 11, 16, 14, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    // each kill takes a minute or more (the app must have written for 50 s); the documented 50 kills take over an hour
    @Timeout(value = 150, unit = TimeUnit.MINUTES)
    void whatTheWindowShowedAsSavedSurvivesSigkillOnAUsedVault() throws Exception {
        int kills = Integer.getInteger("goldseam.faults.guiKills", 10);
        Path folder = dir.resolve("vault");
        CliRun demo = CliRun.run("demo", "--data-dir", folder.toString(), "--passphrase-file",
                CliRun.defaultPassphraseFile(dir).toString(), "--clients", "20", "--sessions", "30", "--seed", "11",
                "--as-of", "2026-11-20");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        Map<String, Long> drafts = new LinkedHashMap<>();
        try (Vault vault = TestVaults.open(folder)) {
            for (String name : List.of("Kill Test Zoë Ørsted", "Kill Test Łukasz Wiśniewski", "Kill Test 李 Wei")) {
                long clientId = new org.goldseam.clients.persistence.ClientRepository(vault.database().dsl()).insert(ClientDetails.of(name, SESSION.toLocalDate().minusYears(29)));
                drafts.put(name, new org.goldseam.notes.persistence.SessionNoteRepository(vault.database().dsl()).createDraft(clientId, NoteContents.withSection(
                        NoteContents.blank(SESSION, NoteFormat.DAP), Section.DATA, "Opened from the list.")));
            }
        }

        useForAWhile(folder, drafts.values());

        List<String> lost = new ArrayList<>();
        List<String> names = List.copyOf(drafts.keySet());
        for (int k = 0; k < kills; k++) {
            String name = names.get(k % names.size());
            // killed between 50 and 71 s after unlock: past the 45 s after which H2 reuses freed space
            String shownAsSaved = runAndKill(folder, name, " kill " + k + " said she felt like a fraud", 50 + (k * 7) % 22);
            try (Vault vault = TestVaults.open(folder)) {
                String stored = VaultServices.of(vault, TestVaults.CLOCK).notes().findById(drafts.get(name))
                        .orElseThrow().sectionText(Section.DATA);
                boolean kept = stored.equals(shownAsSaved);
                if (!kept) {
                    lost.add("kill " + k + " (" + name + ")");
                }
                System.out.println("LostSaveGuiKillTest: kill " + (k + 1) + " of " + kills + (kept ? ": kept" : ": LOST"));
            }
        }
        assertThat(lost).as("kills after which the vault lacked what the window had shown as saved, of %d", kills).isEmpty();
    }

    /**
     * Weeks of use in a few minutes: several openings, each rewriting the drafts many times with text
     * of varying length, so the file holds freed space between live chunks as a real vault does. A
     * vault straight from {@code demo} is compacted and never lost a save, even before the fix.
     */
    private static void useForAWhile(Path folder, java.util.Collection<Long> drafts) {
        java.util.Random random = new java.util.Random(7);
        for (int opening = 0; opening < 3; opening++) {
            try (Vault vault = TestVaults.open(folder)) {
                var notes = new org.goldseam.notes.persistence.SessionNoteRepository(vault.database().dsl());
                for (int edit = 0; edit < 150; edit++) {
                    for (long id : drafts) {
                        var note = notes.findById(id).orElseThrow();
                        notes.saveDraft(id, NoteContents.withSection(note.content(), Section.ASSESSMENT,
                                "Reviewed " + edit + ": " + "the standards moved again. ".repeat(random.nextInt(150))));
                    }
                }
            }
        }
    }

    private static String runAndKill(Path folder, String clientName, String typed, int workSeconds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                LostSaveChild.class.getName(), folder.toString(), clientName, typed, Integer.toString(workSeconds)).redirectErrorStream(true).start();
        String shown = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("FAILED ")) {
                    output.append(line).append('\n');
                    break;
                }
                if (line.startsWith("SAVED ")) {
                    shown = new String(Base64.getDecoder().decode(line.substring(6)), StandardCharsets.UTF_8);
                    break;
                }
                output.append(line).append('\n');
            }
        } finally {
            // Process.destroyForcibly is SIGKILL on Linux: no shutdown hook, no vault close
            app.destroyForcibly();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(shown).as("the app reported a save; it printed:%n%s", output).isNotNull();
        return shown;
    }
}
