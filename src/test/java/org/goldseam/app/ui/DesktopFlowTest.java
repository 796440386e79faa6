package org.goldseam.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.goldseam.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole first-day path through the real window: create a vault, add a client, write a note
 * with three themes, see it saved, close, reopen, sign, add an addendum, lock and unlock.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class DesktopFlowTest {
    private static final String PASSPHRASE = new String(TestVaults.PASSPHRASE);
    private static final String NAME = "Zoë Łukasz-Ørsted";
    private static final String TEXT = "Said the praise at work felt like a trap.";
    private static final String PRIVATE = "Wondered if my own impatience showed today.";
    private static final String CLINICIAN_NAME = "Dr Ana Example";
    private static final String CREDENTIALS = "PsyD, licensed psychologist";

    @TempDir
    Path dir;

    @Test
    void createWriteSaveReopenSignAddendumLockUnlock() {
        Path folder = dir.resolve("vault");
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = gui.start(folder);
            window.textBox("passphrase").enterText(PASSPHRASE);
            window.textBox("passphraseAgain").enterText(PASSPHRASE);
            // who signs: required on the create screen, kept in the vault
            window.button("unlockAction").click();
            GuiHarness.waitFor("the form to ask for the clinician's name", () -> text(window, "unlockStatus").contains("Your name"));
            assertThat(find(window, "newClient")).as("no vault without a clinician's name").isNull();
            window.textBox("clinicianName").enterText(CLINICIAN_NAME);
            window.textBox("clinicianCredentials").enterText(CREDENTIALS);
            window.button("unlockAction").click();
            GuiHarness.waitFor("the workspace", () -> find(window, "newClient") != null);

            window.button("newClient").click();
            DialogFixture dialog = window.dialog();
            // the robot types only what the virtual keyboard has keys for: set the name directly
            dialog.textBox("fullName").setText(NAME);
            // pressed through the button itself: a robot click on a freshly shown dialog was lost once
            // under Xvfb without a window manager, and the dialog stayed open
            javax.swing.JButton ok = dialog.button(JButtonMatcher.withText("OK")).target();
            GuiActionRunner.execute(() -> ok.doClick());
            GuiHarness.waitFor("the new client", () -> text(window, "clientName").startsWith(NAME));

            window.button("newNote").click();
            GuiHarness.waitFor("a new draft", () -> find(window, "addTheme") != null);
            for (String theme : new String[] {"fraud", "people pleas", "anxiety"}) {
                window.textBox("addTheme").enterText(theme);
                GuiHarness.waitFor("a match for " + theme, () -> find(window, "themeMatches") != null);
                window.textBox("addTheme").pressAndReleaseKeys(KeyEvent.VK_ENTER);
            }
            window.textBox("section:DATA").enterText(TEXT);
            GuiHarness.waitFor("Saved", () -> text(window, "saveStatus").startsWith("Saved")
                    && find(window, "theme:Anxiety") != null);
            assertThat(find(window, "theme:I am a fraud")).isNotNull();
            assertThat(find(window, "theme:People-pleasing")).isNotNull();

            window.toggleButton("privateToggle").click();
            GuiHarness.waitFor("the private notes", () -> find(window, "privateNotes") != null);
            window.textBox("privateNotes").enterText(PRIVATE);
            GuiHarness.waitFor("the private notes saved", () -> text(window, "saveStatus").startsWith("Saved"),
                    () -> "the status says " + text(window, "saveStatus"));

            window.close();
            GuiHarness.waitFor("the window to close", () -> !window.target().isDisplayable());
        }

        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = gui.start(folder);
            window.textBox("passphrase").enterText(PASSPHRASE);
            window.button("unlockAction").click();
            GuiHarness.waitFor("the client list", () -> find(window, "clientList") != null);
            GuiHarness.waitFor("the client", () -> window.list("clientList").contents().length == 1);
            window.list("clientList").selectItem(0);
            GuiHarness.waitFor("the note", () -> text(window, "section:DATA").equals(TEXT));
            window.toggleButton("privateToggle").click();
            GuiHarness.waitFor("the private notes kept", () -> PRIVATE.equals(text(window, "privateNotes")),
                    () -> "the private notes read \"" + text(window, "privateNotes") + "\"");
            assertThat(find(window, "theme:I am a fraud")).isNotNull();
            assertThat(find(window, "theme:People-pleasing")).isNotNull();
            assertThat(find(window, "theme:Anxiety")).isNotNull();

            window.button("sign").click();
            // the confirmation is modal; wait for it, then accept with its default button
            org.goldseam.testing.ModalAnswers.answer(
                    window.optionPane(org.assertj.swing.timing.Timeout.timeout(GuiHarness.PATIENCE.toMillis())), "OK");
            GuiHarness.waitFor("the signature (status: " + text(window, "saveStatus") + ", message: "
                    + text(window, "editorMessage") + ")", () -> find(window, "signedBanner") != null);
            window.textBox("section:DATA").requireNotEditable();
            assertThat(text(window, "signedBanner")).startsWith("Signed ")
                    .contains(" by " + CLINICIAN_NAME + ", " + CREDENTIALS)
                    .doesNotContain(System.getProperty("user.name"));

            window.button("addAddendum").click();
            DialogFixture addendum = window.dialog();
            addendum.textBox("addendumText").enterText("Client phoned to confirm the new time.");
            addendum.button(JButtonMatcher.withText("OK")).click();
            GuiHarness.waitFor("the addendum", () -> find(window, "addendum") != null
                    && ((JLabel) find(window, "addendum")).getText().contains("Client phoned to confirm"));
            assertThat(((JLabel) find(window, "addendum")).getText()).contains(CLINICIAN_NAME + ", " + CREDENTIALS);

            GuiHarness.choose(window, "Goldseam", "Lock");
            GuiHarness.waitFor("the lock screen", () -> find(window, "passphrase") != null);
            assertThat(find(window, "section:DATA")).as("no note text behind the lock screen").isNull();

            GuiHarness.unlock(window, PASSPHRASE);
            GuiHarness.waitFor("back at the same note", () -> text(window, "section:DATA").equals(TEXT)
                    && find(window, "signedBanner") != null,
                    () -> "the note shows \"" + text(window, "section:DATA") + "\", signed banner "
                            + (find(window, "signedBanner") != null) + ", client list " + (find(window, "clientList") != null)
                            + ", unlock form " + (find(window, "passphrase") != null));
            assertThat(text(window, "clientName")).startsWith(NAME);
            window.close();
            // quitting takes a closing backup into the (temporary) folder: let it finish first
            GuiHarness.waitFor("the window to close", () -> !window.target().isDisplayable());
        }
    }

    /** The showing component named {@code name}, or null; searched on the EDT. */
    static Component find(FrameFixture window, String name) {
        return GuiActionRunner.execute(() -> {
            Component found = find(window.target(), name);
            // popups that do not fit inside the frame live in windows of their own
            for (java.awt.Window other : java.awt.Window.getWindows()) {
                if (found == null && other.isShowing()) {
                    found = find(other, name);
                }
            }
            return found;
        });
    }

    private static Component find(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName()) && child.isShowing()) {
                return child;
            }
            if (child instanceof Container container) {
                Component found = find(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static String text(FrameFixture window, String name) {
        return GuiActionRunner.execute(() -> {
            Component c = find(window.target(), name);
            if (c instanceof JLabel label) {
                return label.getText() == null ? "" : label.getText();
            }
            if (c instanceof JTextArea area) {
                return area.getText();
            }
            if (c instanceof JButton button) {
                return button.getText();
            }
            return "";
        });
    }
}
