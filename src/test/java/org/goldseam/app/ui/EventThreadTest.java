package org.goldseam.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Pause;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typing never waits for the disk: 500 keystrokes into a note with autosave running, in bursts so
 * that saves happen between them, while a watchdog measures every stall of the event thread and
 * the repaint manager fails on any Swing call made off it.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class EventThreadTest {
    private static final int KEYSTROKES = 500;
    private static final long LIMIT_MILLIS = 100;

    @TempDir
    Path dir;

    @BeforeAll
    static void failOnSwingOffTheEventThread() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterAll
    static void uninstall() {
        FailOnThreadViolationRepaintManager.uninstall();
    }

    @Test
    void fiveHundredKeystrokesWithAutosaveNeverBlockTheEventThread() {
        Path folder = dir.resolve("vault");
        try (Vault vault = TestVaults.create(folder)) {
            new ClientRepository(vault.database().dsl()).insert(ClientDetails.of("Søren Berg", LocalDate.of(2026, 2, 2)));
        }
        try (GuiHarness gui = new GuiHarness()) {
            gui.robot.settings().delayBetweenEvents(5);
            FrameFixture window = gui.start(folder);
            GuiHarness.unlock(window, new String(TestVaults.PASSPHRASE));
            GuiHarness.waitFor("the client list", () -> DesktopFlowTest.find(window, "clientList") != null
                    && window.list("clientList").contents().length == 1);
            window.list("clientList").selectItem(0);
            GuiHarness.waitFor("the sessions tab", () -> DesktopFlowTest.find(window, "newNote") != null);
            window.button("newNote").click();
            GuiHarness.waitFor("a draft", () -> DesktopFlowTest.find(window, "section:DATA") != null);
            window.textBox("section:DATA").click();
            // let start-up work (class loading, first layout) finish before measuring
            Pause.pause(1_000);

            String burst = "never good enough but trying ".repeat(2).substring(0, 50);
            long longest;
            try (EventThreadWatchdog watchdog = new EventThreadWatchdog()) {
                for (int typed = 0; typed < KEYSTROKES; typed += burst.length()) {
                    window.textBox("section:DATA").enterText(burst);
                    Pause.pause(900); // a thinking pause: the autosave runs here
                }
                longest = watchdog.longestMillis();
            }
            GuiHarness.waitFor("the last save", () -> DesktopFlowTest.text(window, "saveStatus").startsWith("Saved"));
            assertThat(DesktopFlowTest.text(window, "section:DATA")).hasSize(KEYSTROKES);
            assertThat(longest).as("longest event-thread stall in ms").isLessThanOrEqualTo(LIMIT_MILLIS);
            window.close();
            GuiHarness.waitFor("the window to close", () -> !window.target().isDisplayable());
        }
    }
}
