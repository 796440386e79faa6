package org.goldseam.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldseam.app.ui.DesktopFlowTest.find;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Frame;
import java.awt.Window;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JRadioButton;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Timeout;
import org.goldseam.app.services.VaultServices;
import org.goldseam.clients.Client;
import org.goldseam.clients.ClientDetails;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.Section;
import org.goldseam.app.workspace.NoteContents;
import org.goldseam.testing.ModalAnswers;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lock means gone: with a form or window open that shows a client, the idle lock (reached by
 * moving the app's clock) leaves no window showing anything of the client, and what was typed is
 * saved (complete client details) or offered back after unlocking (everything else).
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class LockClosesFormsGuiTest {
    private static final String PASSPHRASE = new String(TestVaults.PASSPHRASE);
    private static final String NAME = "Quintessa Varrow-Lind";
    private static final String PHONE = "0170 555 0142";
    private static final String EMERGENCY = "Odalys Varrow";
    private static final String TYPED_PHONE = "0170 555 0199";
    private static final String TYPED_GOAL = "Sleep through four nights a week (typed before the lock)";
    private static final String TYPED_ADDENDUM = "Late entry typed before the lock: phoned the GP";
    private static final String NOTE_TEXT = "Spoke about the move and the new flat";

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock();

    @Test
    void completeClientDetailsAreSavedAndNothingOfTheClientShowsAfterTheIdleLock() {
        Path folder = vaultWithClient();
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = openClient(gui, folder);
            press(window.target(), "Edit details…");
            DialogFixture edit = dialog(gui, "Edit client");
            edit.textBox("phone").setText(TYPED_PHONE);

            idleLock(window);
            assertNothingOfTheClientShows(TYPED_PHONE);

            GuiHarness.unlock(window, PASSPHRASE);
            GuiHarness.waitFor("the client again", () -> DesktopFlowTest.text(window, "clientName").startsWith(NAME));
            quit(window);
        }
        try (Vault vault = TestVaults.open(folder)) {
            Client client = VaultServices.of(vault, TestVaults.CLOCK).clients().listAll().stream()
                    .map(c -> VaultServices.of(vault, TestVaults.CLOCK).clients().findById(c.id()).orElseThrow())
                    .findFirst().orElseThrow();
            assertThat(client.phone()).as("the complete details were saved when the vault locked").isEqualTo(TYPED_PHONE);
        }
    }

    @Test
    void incompleteClientDetailsAreOfferedBackAfterUnlockAndNeverSaved() {
        Path folder = vaultWithClient();
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = openClient(gui, folder);
            press(window.target(), "Edit details…");
            DialogFixture edit = dialog(gui, "Edit client");
            edit.textBox("phone").setText(TYPED_PHONE);
            edit.textBox("dateOfBirth").setText("the ninth of March");

            idleLock(window);
            assertNothingOfTheClientShows(TYPED_PHONE, "the ninth of March");

            GuiHarness.unlock(window, PASSPHRASE);
            acknowledgeKeptForms(window, "Edit client");
            GuiHarness.waitFor("the client again", () -> DesktopFlowTest.text(window, "clientName").startsWith(NAME));
            press(window.target(), "Edit details…");
            DialogFixture again = dialog(gui, "Edit client");
            assertThat(again.textBox("phone").text()).isEqualTo(TYPED_PHONE);
            assertThat(again.textBox("dateOfBirth").text()).isEqualTo("the ninth of March");
            ModalAnswers.answer(again.optionPane(), "Cancel");
            quit(window);
        }
        try (Vault vault = TestVaults.open(folder)) {
            VaultServices services = VaultServices.of(vault, TestVaults.CLOCK);
            long id = services.clients().listAll().get(0).id();
            assertThat(services.clients().findById(id).orElseThrow().phone()).as("nothing unconfirmed was written")
                    .isEqualTo(PHONE);
        }
    }

    @Test
    void aHalfWrittenGoalIsOfferedBackAfterUnlock() {
        Path folder = vaultWithClient();
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = openClient(gui, folder);
            window.tabbedPane("clientTabs").selectTab("Overview");
            GuiHarness.waitFor("the goals", () -> button(window.target(), "Add goal…") != null);
            press(window.target(), "Add goal…");
            DialogFixture goal = dialog(gui, "Add goal");
            JTextComponent description = firstEditableText(goal.target());
            GuiActionRunner.execute(() -> description.setText(TYPED_GOAL));

            idleLock(window);
            assertNothingOfTheClientShows(TYPED_GOAL);

            GuiHarness.unlock(window, PASSPHRASE);
            acknowledgeKeptForms(window, "Add goal");
            GuiHarness.waitFor("the goals again", () -> button(window.target(), "Add goal…") != null);
            press(window.target(), "Add goal…");
            DialogFixture again = dialog(gui, "Add goal");
            JTextComponent kept = firstEditableText(again.target());
            String keptText = GuiActionRunner.execute(() -> kept.getText());
            assertThat(keptText).isEqualTo(TYPED_GOAL);
            press(again.target(), "Cancel");
            quit(window);
        }
    }

    @Test
    void aHalfAnsweredMeasureIsOfferedBackAfterUnlock() {
        Path folder = vaultWithClient();
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = openClient(gui, folder);
            window.tabbedPane("clientTabs").selectTab("Measures");
            GuiHarness.waitFor("the measures", () -> enabled(window.target(), "Enter measure…"));
            press(window.target(), "Enter measure…");
            DialogFixture measure = dialog(gui, "Enter measure");
            measure.radioButton("item-1-option-2").click();
            measure.radioButton("item-2-option-3").click();

            idleLock(window);
            assertNothingOfTheClientShows();

            GuiHarness.unlock(window, PASSPHRASE);
            acknowledgeKeptForms(window, "Enter measure");
            GuiHarness.waitFor("the measures again", () -> enabled(window.target(), "Enter measure…"));
            press(window.target(), "Enter measure…");
            DialogFixture again = dialog(gui, "Enter measure");
            JRadioButton two = again.radioButton("item-1-option-2").target();
            JRadioButton three = again.radioButton("item-2-option-3").target();
            boolean bothKept = GuiActionRunner.execute(() -> two.isSelected() && three.isSelected());
            assertThat(bothKept).isTrue();
            press(again.target(), "Cancel");
            quit(window);
        }
    }

    @Test
    void aHalfWrittenAddendumIsNeverAddedButOfferedBackAfterUnlock() {
        Path folder = vaultWithClient();
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = openClient(gui, folder);
            GuiHarness.waitFor("the signed note", () -> find(window, "addAddendum") != null);
            press(window.target(), "Add addendum…");
            DialogFixture addendum = dialog(gui, "Add addendum");
            addendum.textBox("addendumText").setText(TYPED_ADDENDUM);

            idleLock(window);
            assertNothingOfTheClientShows(TYPED_ADDENDUM, NOTE_TEXT);

            GuiHarness.unlock(window, PASSPHRASE);
            acknowledgeKeptForms(window, "Add addendum");
            GuiHarness.waitFor("the signed note again", () -> find(window, "addAddendum") != null);
            List<String> shownNow = GuiActionRunner.execute(() -> labels(window.target()));
            assertThat(shownNow).as("not added unconfirmed").noneMatch(text -> text.contains(TYPED_ADDENDUM));
            press(window.target(), "Add addendum…");
            DialogFixture again = dialog(gui, "Add addendum");
            assertThat(again.textBox("addendumText").text()).isEqualTo(TYPED_ADDENDUM);
            ModalAnswers.answer(again.optionPane(), "Cancel");
            quit(window);
        }
    }

    @Test
    void searchAuditLogSummariesExportsTaxonomyAndAQuestionAllCloseOnTheIdleLock() {
        Path folder = vaultWithClient();
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = openClient(gui, folder);
            GuiHarness.choose(window, "Goldseam", "Search caseload\u2026");
            DialogFixture search = dialog(gui, "Search the caseload");
            search.textBox("query").enterText("move");
            GuiHarness.choose(window, "Goldseam", "Audit log\u2026");
            dialog(gui, "Audit log");
            GuiHarness.choose(window, "Goldseam", "Progress summary\u2026");
            GuiHarness.waitFor("the summary window", () -> showingTitles().stream().anyMatch(t -> t.contains(NAME)));
            GuiHarness.choose(window, "Goldseam", "Taxonomy\u2026");
            dialog(gui, "Taxonomy");
            GuiHarness.choose(window, "Goldseam", "Export summaries for many clients\u2026");
            GuiHarness.waitFor("the batch window", () -> showingTitles().size() >= 6);
            press(window.target(), "Export record…");
            GuiHarness.waitFor("the record export window",
                    () -> showingTitles().stream().filter(t -> t.contains(NAME)).count() >= 2);
            // a question naming the client, answered by nobody
            press(window.target(), "Discharge…");
            dialog(gui, "Discharge client");

            idleLock(window);
            assertNothingOfTheClientShows();

            GuiHarness.unlock(window, PASSPHRASE);
            GuiHarness.waitFor("the client again", () -> DesktopFlowTest.text(window, "clientName").startsWith(NAME));
            quit(window);
        }
        try (Vault vault = TestVaults.open(folder)) {
            VaultServices services = VaultServices.of(vault, TestVaults.CLOCK);
            long id = services.clients().listAll().get(0).id();
            assertThat(services.clients().findById(id).orElseThrow().dischargeDate())
                    .as("the unanswered question was closed as a cancel").isNull();
        }
    }

    // ---- set-up and steps

    /** A client with full details and a signed note (for the addendum), on the real clock's today. */
    private Path vaultWithClient() {
        Path folder = dir.resolve("vault");
        try (Vault vault = TestVaults.create(folder)) {
            LocalDate today = LocalDate.now(clock);
            long client = new org.goldseam.clients.persistence.ClientRepository(vault.database().dsl()).insert(new ClientDetails(NAME, null, null, LocalDate.of(1984, 3, 9), null,
                    PHONE, null, EMERGENCY, "0170 555 0100", "sister", null, today.minusMonths(2)));
            OffsetDateTime session = OffsetDateTime.now(clock).minusDays(2);
            long note = new org.goldseam.notes.persistence.SessionNoteRepository(vault.database().dsl()).createDraft(client, NoteContents.withSection(
                    NoteContents.blank(session, NoteFormat.DAP), Section.DATA, NOTE_TEXT));
            new org.goldseam.notes.persistence.SessionNoteRepository(vault.database().dsl()).sign(note, "Dr Imaginary, LCSW", session.plusHours(2).toInstant());
        }
        return folder;
    }

    private FrameFixture openClient(GuiHarness gui, Path folder) {
        FrameFixture window = gui.start(folder, clock);
        GuiHarness.unlock(window, PASSPHRASE);
        GuiHarness.waitFor("the client list", () -> find(window, "clientList") != null);
        GuiHarness.waitFor("the client", () -> window.list("clientList").contents().length == 1);
        window.list("clientList").selectItem(0);
        GuiHarness.waitFor("the client shown", () -> DesktopFlowTest.text(window, "clientName").startsWith(NAME));
        return window;
    }

    /** Moves the app's clock past the idle limit until the app's own idle check has locked it. */
    private void idleLock(FrameFixture window) {
        GuiHarness.waitFor("the idle lock", () -> {
            clock.advance(Duration.ofMinutes(11));
            return find(window, "passphrase") != null && find(window, "clientList") == null;
        });
    }

    /**
     * Walks every showing window (the main one included): no title, text, label, button, list, table
     * or choice may hold the client's name, phone, emergency contact or any of {@code typed}.
     */
    private static void assertNothingOfTheClientShows(String... typed) {
        List<String> markers = new ArrayList<>(List.of(NAME, PHONE, EMERGENCY, "1984-03-09"));
        markers.addAll(List.of(typed));
        // the lock's own closing of forms runs on the event thread: let it finish first
        GuiHarness.waitFor("forms closed", () -> true);
        List<String> shown = GuiActionRunner.execute(() -> {
            List<String> texts = new ArrayList<>(showingTitles());
            for (Window window : Window.getWindows()) {
                if (window.isShowing()) {
                    texts.addAll(labels(window));
                }
            }
            return texts;
        });
        for (String marker : markers) {
            assertThat(shown).as("no showing window holds \"%s\"", marker).noneMatch(text -> text.contains(marker));
        }
    }

    private static List<String> showingTitles() {
        List<String> titles = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window instanceof Dialog dialog) {
                titles.add(String.valueOf(dialog.getTitle()));
            } else if (window.isShowing() && window instanceof Frame frame) {
                titles.add(String.valueOf(frame.getTitle()));
            }
        }
        return titles;
    }

    /** Every text a showing component in {@code root} holds. */
    private static List<String> labels(Container root) {
        List<String> texts = new ArrayList<>();
        for (Component child : root.getComponents()) {
            if (!child.isShowing()) {
                continue;
            }
            if (child instanceof JTextComponent text) {
                texts.add(text.getText());
            } else if (child instanceof JLabel label) {
                texts.add(String.valueOf(label.getText()));
            } else if (child instanceof AbstractButton button) {
                texts.add(String.valueOf(button.getText()));
            } else if (child instanceof JList<?> list) {
                for (int i = 0; i < list.getModel().getSize(); i++) {
                    texts.add(String.valueOf(list.getModel().getElementAt(i)));
                }
            } else if (child instanceof JTable table) {
                for (int row = 0; row < table.getRowCount(); row++) {
                    for (int column = 0; column < table.getColumnCount(); column++) {
                        texts.add(String.valueOf(table.getValueAt(row, column)));
                    }
                }
            } else if (child instanceof JComboBox<?> combo) {
                for (int i = 0; i < combo.getItemCount(); i++) {
                    texts.add(String.valueOf(combo.getItemAt(i)));
                }
            }
            if (child instanceof Container inner) {
                texts.addAll(labels(inner));
            }
        }
        return texts;
    }

    /** After unlocking: the app says which unfinished forms it kept; answered with OK. */
    private static void acknowledgeKeptForms(FrameFixture window, String form) {
        var notice = window.optionPane(Timeout.timeout(GuiHarness.PATIENCE.toMillis())).requireTitle("Unfinished forms kept");
        String message = GuiActionRunner.execute(() -> String.valueOf(notice.target().getMessage()));
        assertThat(message).contains(form);
        ModalAnswers.answer(notice, "OK");
    }

    private static DialogFixture dialog(GuiHarness gui, String title) {
        return WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog d) {
                return title.equals(d.getTitle()) && d.isShowing();
            }
        }).withTimeout(GuiHarness.PATIENCE.toMillis()).using(gui.robot);
    }

    private static boolean enabled(Container root, String text) {
        JButton found = findButton(root, text);
        return found != null && found.isEnabled();
    }

    private static JButton button(Container root, String text) {
        return GuiActionRunner.execute(() -> findButton(root, text));
    }

    private static JButton findButton(Container root, String text) {
        for (Component child : root.getComponents()) {
            if (child instanceof JButton b && text.equals(b.getText()) && b.isShowing()) {
                return b;
            }
            if (child instanceof Container inner) {
                JButton found = findButton(inner, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Presses the button as its click would, later on the event thread: it may open a modal form,
     * which must not block the test (ADR 0012: robot clicks on fresh windows were sometimes lost).
     */
    private static void press(Container root, String text) {
        JButton button = button(root, text);
        assertThat(button).as("the button " + text).isNotNull();
        SwingUtilities.invokeLater(button::doClick);
    }

    private static JTextComponent firstEditableText(Container root) {
        return GuiActionRunner.execute(() -> findEditable(root));
    }

    private static JTextComponent findEditable(Container root) {
        for (Component child : root.getComponents()) {
            if (child instanceof JTextComponent text && text.isEditable() && text.isShowing()) {
                return text;
            }
            if (child instanceof Container inner) {
                JTextComponent found = findEditable(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void quit(FrameFixture window) {
        GuiHarness.choose(window, "Goldseam", "Quit");
        GuiHarness.waitFor("the window to close", () -> !window.target().isDisplayable());
    }

    /** The app's clock: real time, plus what the test adds to reach the idle limit. */
    private static final class MovableClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }

        void advance(Duration by) {
            ahead = ahead.plus(by);
        }
    }
}
