package org.goldseam.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JTextArea;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.goldseam.app.workspace.ClientRow;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that need a client are disabled until one is chosen; Ctrl+N leaves the caret in the
 * new note; the client's line in the list shows the new session at once.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class WorkspaceCommandsGuiTest {
    @TempDir
    Path dir;

    private FrameFixture openWithOneClient(GuiHarness gui) {
        Path folder = dir.resolve("vault");
        try (Vault vault = TestVaults.create(folder)) {
            new ClientRepository(vault.database().dsl(), TestVaults.CLOCK)
                    .insert(ClientDetails.of("Ines Invented", LocalDate.of(2026, 10, 1)));
        }
        FrameFixture window = gui.start(folder);
        GuiHarness.unlock(window, new String(TestVaults.PASSPHRASE));
        GuiHarness.waitFor("the client", () -> DesktopFlowTest.find(window, "clientList") != null
                && window.list("clientList").contents().length == 1);
        return window;
    }

    @Test
    void commandsFollowTheChosenClientAndANewNoteTakesTheTyping() {
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = openWithOneClient(gui);
            assertThat(enabled(window, "New note")).as("New note with no client chosen").isFalse();
            assertThat(enabled(window, "Sign note…")).as("Sign note with no client chosen").isFalse();
            assertThat(enabled(window, "Progress summary…")).as("Progress summary with no client chosen").isFalse();

            window.list("clientList").selectItem(0);
            GuiHarness.waitFor("New note enabled", () -> enabled(window, "New note"));
            assertThat(enabled(window, "Progress summary…")).isTrue();
            assertThat(enabled(window, "Sign note…")).as("no note on screen yet").isFalse();

            // Ctrl+N's menu command, clicked as the accelerator does (robot keys get lost under Xvfb: ADR 0012)
            GuiHarness.choose(window, "Goldseam", "New note");
            GuiHarness.waitFor("the caret in the new note's first section", () -> {
                JTextArea data = (JTextArea) DesktopFlowTest.find(window, "section:DATA");
                return data != null && data.isFocusOwner();
            }, () -> "the Data section is " + (DesktopFlowTest.find(window, "section:DATA") == null ? "not shown" : "shown")
                    + ", the focus is on " + java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
            assertThat(enabled(window, "Sign note…")).as("a draft on screen").isTrue();
            gui.robot.type('w');
            GuiHarness.waitFor("the typing in the note", () -> DesktopFlowTest.text(window, "section:DATA").equals("w"));
            window.close();
            GuiHarness.waitFor("the window to close", () -> !window.target().isDisplayable());
        }
    }

    @Test
    void theClientsLineShowsANewSessionWithoutAReload() {
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = openWithOneClient(gui);
            assertThat(clientLine(window)).contains("no session yet");
            window.list("clientList").selectItem(0);
            GuiHarness.waitFor("the Sessions tab", () -> DesktopFlowTest.find(window, "newNote") != null);
            window.button("newNote").click();
            GuiHarness.waitFor("a new draft", () -> DesktopFlowTest.find(window, "section:DATA") != null);
            // the new attended session is the client's last one: the list says so at once
            GuiHarness.waitFor("the client list to show the new session", () -> clientLine(window).contains("last "),
                    () -> "the client's line reads " + clientLine(window));
            window.close();
            GuiHarness.waitFor("the window to close", () -> !window.target().isDisplayable());
        }
    }

    private static boolean enabled(FrameFixture window, String command) {
        JMenuItem item = window.menuItemWithPath("Goldseam", command).target();
        return GuiActionRunner.execute(item::isEnabled);
    }

    /** The client's line in the list as drawn (and as a screen reader reads it). */
    @SuppressWarnings("unchecked")
    private static String clientLine(FrameFixture window) {
        JList<ClientRow> list = (JList<ClientRow>) window.list("clientList").target();
        return GuiActionRunner.execute(() -> list.getCellRenderer()
                .getListCellRendererComponent(list, list.getModel().getElementAt(0), 0, false, false)
                .getAccessibleContext().getAccessibleName());
    }
}
