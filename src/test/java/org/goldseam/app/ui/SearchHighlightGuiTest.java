package org.goldseam.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import javax.swing.JDialog;
import javax.swing.JTable;
import javax.swing.JTextArea;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.workspace.NoteContents;
import org.goldseam.clients.ClientDetails;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.Section;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a word search's result in the real window marks the words in the note it opens, scrolled
 * into view; typing clears the marks; another matched session is marked when opened, an unmatched
 * one is not.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class SearchHighlightGuiTest {
    private static final String PASSPHRASE = new String(TestVaults.PASSPHRASE);
    /** Enough lines before the word that it starts below the editor's first screen. */
    private static final String DATA = "Talked through the week, one day at a time.\n".repeat(40)
            + "Zoë (李) said: \u201cI'm a perfectionist, Łukasz says so too.\u201d";
    private static final String ASSESSMENT = "Perfectionism keeps the shame at bay; perfect marks are never enough.";
    private static final String OLDER = "First mention of her perfectionism at work.";

    @TempDir
    Path dir;

    @Test
    void theOpenedNoteMarksTheSearchsWordsUntilTheClinicianTypes() {
        Path folder = dir.resolve("vault");
        writeCaseload(folder);
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = gui.start(folder);
            window.textBox("passphrase").enterText(PASSPHRASE);
            window.button("unlockAction").click();
            GuiHarness.waitFor("the workspace", () -> DesktopFlowTest.find(window, "newClient") != null);

            window.menuItemWithPath("Goldseam", "Search caseload\u2026").click();
            DialogFixture search = WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
                @Override
                protected boolean isMatching(JDialog d) {
                    return "Search the caseload".equals(d.getTitle()) && d.isShowing();
                }
            }).withTimeout(GuiHarness.PATIENCE.toMillis()).using(gui.robot);
            search.textBox("query").enterText("perfectionists");
            JTable results = search.table("results").target();
            GuiHarness.waitFor("one client found", () -> results.getRowCount() == 1);
            search.table("results").selectRows(0);
            search.table("results").pressAndReleaseKeys(KeyEvent.VK_ENTER);

            // the newest matched session opens (not the newest session), its words marked in both sections
            GuiHarness.waitFor("the marks in the opened note", () -> marks(area(window, "section:DATA")).size() == 1,
                    () -> "shown: " + marks(area(window, "section:DATA")));
            JTextArea data = area(window, "section:DATA");
            assertThat(GuiActionRunner.execute(() -> data.getText())).isEqualTo(DATA);
            assertThat(marks(data)).containsExactly(range(DATA, "perfectionist"));
            assertThat(marks(area(window, "section:ASSESSMENT"))).containsExactly(range(ASSESSMENT, "Perfectionism"));
            assertThat(marks(area(window, "section:PLAN"))).isEmpty();
            JTextArea first = data;
            GuiHarness.waitFor("the first mark scrolled into view", () -> {
                try {
                    Rectangle word = first.modelToView2D(DATA.indexOf("perfectionist")).getBounds();
                    return first.getVisibleRect().contains(word);
                } catch (javax.swing.text.BadLocationException e) {
                    return false;
                }
            });

            // a click first: the search window, not this one, has the keyboard until then
            window.textBox("section:PLAN").click();
            window.textBox("section:PLAN").enterText("x");
            GuiHarness.waitFor("no marks once the clinician types", () -> marks(area(window, "section:DATA")).isEmpty()
                    && marks(area(window, "section:ASSESSMENT")).isEmpty());
            assertThat(GuiActionRunner.execute(() -> area(window, "section:DATA").getText())).isEqualTo(DATA);

            // the older, signed session matched too: marked when opened; the unmatched newest is not
            window.list("sessionList").selectItem(2);
            GuiHarness.waitFor("the older matched note", () -> marks(area(window, "section:DATA")).size() == 1,
                    () -> "shown: " + GuiActionRunner.execute(() -> area(window, "section:DATA").getText()));
            assertThat(marks(area(window, "section:DATA"))).containsExactly(range(OLDER, "perfectionism"));
            window.list("sessionList").selectItem(0);
            GuiHarness.waitFor("the unmatched note", () -> area(window, "section:DATA") != null
                    && area(window, "section:DATA").getText().startsWith("Sleep"));
            assertThat(marks(area(window, "section:DATA"))).isEmpty();

            window.close();
            GuiHarness.waitFor("the window to close", () -> !window.target().isDisplayable());
        }
    }

    /** A client with three sessions: an older signed one and a draft that match the search, and a newer one that does not. */
    private static void writeCaseload(Path folder) {
        try (Vault vault = TestVaults.create(folder)) {
            VaultServices services = VaultServices.of(vault, TestVaults.CLOCK);
            OffsetDateTime session = OffsetDateTime.parse("2026-11-12T15:00:00Z");
            long client = services.clients().create("Dr Imaginary", ClientDetails.of("Zoë Łukasz-Ørsted", session.toLocalDate().minusMonths(3)));
            long older = services.notes().create("Dr Imaginary", client, dap(session.minusWeeks(1), OLDER, ""));
            new org.goldseam.notes.persistence.SessionNoteRepository(vault.database().dsl(), TestVaults.CLOCK)
                    .sign(older, "Dr Imaginary, LCSW", session.minusWeeks(1).plusHours(3).toInstant());
            services.notes().create("Dr Imaginary", client, dap(session, DATA, ASSESSMENT));
            services.notes().create("Dr Imaginary", client, dap(session.plusWeeks(1), "Sleep is better; the move went well.", ""));
        }
    }

    private static NoteContent dap(OffsetDateTime startsAt, String data, String assessment) {
        NoteContent note = NoteContents.withSection(NoteContents.blank(startsAt, NoteFormat.DAP), Section.DATA, data);
        return NoteContents.withSection(note, Section.ASSESSMENT, assessment);
    }

    private static JTextArea area(FrameFixture window, String name) {
        return (JTextArea) DesktopFlowTest.find(window, name);
    }

    /** The marked ranges in {@code area}'s highlighter, as [start, end] pairs; none while nothing is selected. */
    private static List<List<Integer>> marks(JTextArea area) {
        return GuiActionRunner.execute(() -> area == null ? List.<List<Integer>>of()
                : Arrays.stream(area.getHighlighter().getHighlights())
                        .map(h -> List.of(h.getStartOffset(), h.getEndOffset())).toList());
    }

    private static List<Integer> range(String text, String word) {
        int start = text.indexOf(word);
        return List.of(start, start + word.length());
    }
}
