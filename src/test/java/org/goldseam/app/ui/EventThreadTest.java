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
 * that saves happen between them, while a watchdog looks at what the event thread runs every few
 * milliseconds (it must never be inside database, storage or file code) and the repaint manager
 * fails on any Swing call made off it. The longest stall is printed, not asserted: on a shared
 * machine it includes garbage collection and scheduling (291 ms once at load average 20, with no
 * database frame on the event thread), and speed belongs in {@code goldseam bench}.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class EventThreadTest {
    private static final int KEYSTROKES = 500;

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
            java.util.List<String> blocking;
            try (EventThreadWatchdog watchdog = new EventThreadWatchdog()) {
                for (int typed = 0; typed < KEYSTROKES; typed += burst.length()) {
                    window.textBox("section:DATA").enterText(burst);
                    Pause.pause(900); // a thinking pause: the autosave runs here
                }
                longest = watchdog.longestMillis();
                blocking = watchdog.blockingCalls();
            }
            System.out.println("EventThreadTest: longest event-thread stall " + longest + " ms");
            GuiHarness.waitFor("the last save", () -> DesktopFlowTest.text(window, "saveStatus").startsWith("Saved"));
            assertThat(DesktopFlowTest.text(window, "section:DATA")).hasSize(KEYSTROKES);
            assertThat(blocking).as("database, storage or file work seen on the event thread while typing").isEmpty();
            window.close();
            GuiHarness.waitFor("the window to close", () -> !window.target().isDisplayable());
        }
    }
}
