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
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultHeaderFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (what `kill`, a system shutdown or the end of a desktop session sends) closes Goldseam as
 * Quit does: the text typed a moment ago, whose autosave had not yet run, is written, and the
 * vault is closed cleanly (its header records the file size again).
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class AppTerminateTest {
    @TempDir
    Path dir;

    @Test
    void sigtermSavesTheTextWaitingForAutosaveAndClosesTheVault() throws Exception {
        Path folder = dir.resolve("vault");
        long clientId;
        try (Vault vault = TestVaults.create(folder)) {
            clientId = new ClientRepository(vault.database().dsl()).insert(ClientDetails.of("Søren Berg", LocalDate.of(2026, 3, 1)));
        }
        String text = "Typed just before the session ended: 'if I rest, I fall behind'.";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AppCrashChild.class.getName(), folder.toString(), text, "unsaved").redirectErrorStream(true).start();
        boolean typed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("TYPED")) {
                    typed = true;
                    break;
                }
            }
            app.destroy(); // SIGTERM on Linux
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("the app ended after SIGTERM").isTrue();
        }
        assertThat(typed).as("the child typed the text").isTrue();

        assertThat(VaultHeaderFile.read(new VaultFiles(folder).header()).closedSize())
                .as("the vault was closed cleanly, its size recorded").isNotNull();
        try (Vault vault = TestVaults.open(folder)) {
            var notes = new SessionNoteRepository(vault.database().dsl());
            List<Long> ids = notes.listForClient(clientId).stream().map(n -> n.id()).toList();
            assertThat(ids).hasSize(1);
            assertThat(notes.findById(ids.get(0)).orElseThrow().sectionText(Section.DATA)).isEqualTo(text);
        }
    }
}
