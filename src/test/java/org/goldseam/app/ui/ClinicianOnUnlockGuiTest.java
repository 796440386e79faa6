package org.goldseam.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.swing.JTextField;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Timeout;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.clinician.ClinicianIdentity;
import org.goldseam.clinician.Clinicians;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.testing.ModalAnswers;
import org.goldseam.testing.NoteSamples;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vault that does not know who signs (one created before Goldseam kept the clinician in the
 * vault) asks for the name and credentials right after unlocking, before the workspace (and so
 * signing) is reachable, and signs with them.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class ClinicianOnUnlockGuiTest {
    private static final OffsetDateTime SESSION = OffsetDateTime.of(2026, 11, 19, 15, 0, 0, 0, ZoneOffset.UTC);
    private static final String NAME = "Dr Ana Example";
    private static final String CREDENTIALS = "PsyD, licensed psychologist";

    @TempDir
    Path dir;

    @Test
    void anUnnamedVaultAsksForTheClinicianAfterUnlockingAndSignsWithTheAnswer() {
        Path folder = dir.resolve("vault");
        try (Vault vault = TestVaults.createUnnamed(folder)) {
            var dsl = vault.database().dsl();
            long client = new ClientRepository(dsl, TestVaults.CLOCK).insert(ClientDetails.of("Ines Invented", SESSION.toLocalDate()));
            new SessionNoteRepository(dsl, TestVaults.CLOCK).createDraft(client, NoteSamples.dap(SESSION, Attendance.ATTENDED));
        }
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = gui.start(folder);
            GuiHarness.unlock(window, new String(TestVaults.PASSPHRASE));
            var question = window.optionPane(Timeout.timeout(GuiHarness.PATIENCE.toMillis())).requireTitle("Who signs these notes?");
            assertThat(DesktopFlowTest.find(window, "newClient")).as("no workspace before the clinician is named").isNull();
            JTextField name = (JTextField) DesktopFlowTest.find(window, "clinicianName");
            JTextField credentials = (JTextField) DesktopFlowTest.find(window, "clinicianCredentials");
            GuiActionRunner.execute(() -> {
                name.setText(NAME);
                credentials.setText(CREDENTIALS);
            });
            ModalAnswers.answer(question, "OK");
            GuiHarness.waitFor("the workspace", () -> DesktopFlowTest.find(window, "clientList") != null);
            GuiHarness.waitFor("the client", () -> window.list("clientList").contents().length == 1);
            window.list("clientList").selectItem(0);
            GuiHarness.waitFor("the draft", () -> DesktopFlowTest.find(window, "sign") != null);
            window.button("sign").click();
            ModalAnswers.answer(window.optionPane(Timeout.timeout(GuiHarness.PATIENCE.toMillis())), "OK");
            GuiHarness.waitFor("the signature", () -> DesktopFlowTest.find(window, "signedBanner") != null,
                    () -> "the editor says " + DesktopFlowTest.text(window, "editorMessage"));
            assertThat(DesktopFlowTest.text(window, "signedBanner")).contains(" by " + NAME + ", " + CREDENTIALS);
            window.close();
            GuiHarness.waitFor("the window to close", () -> !window.target().isDisplayable());
        }
        try (Vault vault = TestVaults.open(folder)) {
            assertThat(new Clinicians(vault, TestVaults.CLOCK).current()).contains(new ClinicianIdentity(NAME, CREDENTIALS));
        }
    }
}
