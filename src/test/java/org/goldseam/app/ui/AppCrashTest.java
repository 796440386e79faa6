package org.goldseam.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.notes.Section;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** Once the editor says "Saved", the text survives the app being killed outright (SIGKILL). */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class AppCrashTest {
    @TempDir
    Path dir;

    @Test
    void textShownAsSavedSurvivesAKill() throws Exception {
        Path folder = dir.resolve("vault");
        long clientId;
        try (Vault vault = TestVaults.create(folder)) {
            clientId = new ClientRepository(vault.database().dsl()).insert(ClientDetails.of("Łukasz Nowak", LocalDate.of(2026, 3, 1)));
        }
        String text = "Crash-proof line: the bar moved again after the promotion.";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AppCrashChild.class.getName(), folder.toString(), text).redirectErrorStream(true).start();
        boolean saved = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("SAVED")) {
                    saved = true;
                    break;
                }
            }
            // Process.destroyForcibly is SIGKILL on Linux: no shutdown hook, no vault close
            app.destroyForcibly();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(saved).as("the child reported Saved").isTrue();

        try (Vault vault = TestVaults.open(folder)) {
            var notes = new SessionNoteRepository(vault.database().dsl());
            List<Long> ids = notes.listForClient(clientId).stream().map(n -> n.id()).toList();
            assertThat(ids).hasSize(1);
            assertThat(notes.findById(ids.get(0)).orElseThrow().sectionText(Section.DATA)).isEqualTo(text);
        }
    }
}
