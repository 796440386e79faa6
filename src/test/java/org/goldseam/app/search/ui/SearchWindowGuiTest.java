package org.goldseam.app.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.goldseam.app.preferences.ThemeChoice;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.ui.Themes;
import org.goldseam.app.workspace.DemoWorkspace;
import org.goldseam.search.SearchService;
import org.goldseam.testing.TestVaults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The search window on the demo caseload: typing a query, reading the results, opening a client. */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class SearchWindowGuiTest {
    private static final String QUERY = "theme:core_belief.fraud min:3 last:5";
    static DemoWorkspace demo;
    static SearchService search;
    private Robot robot;
    private BackgroundTasks tasks;
    private SearchWindow window;
    private DialogFixture dialog;
    private final List<Opened> opened = new CopyOnWriteArrayList<>();

    private record Opened(long clientId, List<Long> noteIds) {
    }

    @BeforeAll
    static void openDemo() throws Exception {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> Themes.apply(ThemeChoice.LIGHT, 13));
        demo = DemoWorkspace.shared();
        search = SearchService.open(demo.services().vault(), TestVaults.CLOCK);
        search.buildIndex(status -> { });
    }

    @AfterAll
    static void closeIndex() {
        search.close();
    }

    @BeforeEach
    void show() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        tasks = BackgroundTasks.withWorkerThread(SwingUtilities::invokeLater);
        window = GuiActionRunner.execute(() -> SearchWindow.show(null, demo.services(), search, tasks,
                (clientId, noteIds, words) -> opened.add(new Opened(clientId, noteIds))));
        dialog = new DialogFixture(robot, GuiActionRunner.execute(() -> window.dialog()));
    }

    @AfterEach
    void close() {
        GuiActionRunner.execute(() -> window.close());
        tasks.shutdownWhenDone();
        robot.cleanUp();
    }

    @Test
    void typingAQueryFillsTheFormShowsTheClientsAndADoubleClickOpensOne() {
        dialog.textBox("query").enterText(QUERY);
        JTable table = dialog.table("results").target();
        waitFor("two clients found", () -> table.getRowCount() == 2);

        dialog.spinner("min sessions").requireValue(3);
        dialog.spinner("last sessions").requireValue(5);
        assertThat(java.util.Arrays.stream(dialog.table("results").contents()).map(row -> row[0]).toList()).containsExactly("Björn Dvořák", "张伟");
        assertThat(dialog.table("results").valueAt(TableCell.row(0).column(7))).isEqualTo("\u2192 steady");
        assertThat(dialog.label("status").text()).isEqualTo("2 clients.");

        dialog.table("results").cell(TableCell.row(0).column(0)).doubleClick();
        waitFor("the client is opened", () -> !opened.isEmpty());
        Opened first = opened.get(0);
        assertThat(first.noteIds()).hasSize(5);
        assertThat(demo.services().clients().listAll()).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo(first.clientId());
            assertThat(c.fullName()).isEqualTo("Björn Dvořák");
        });

        dialog.table("results").selectRows(1);
        dialog.table("results").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("the second client is opened", () -> opened.size() == 2);
        assertThat(opened.get(1).clientId()).isNotEqualTo(first.clientId());
    }

    @Test
    void theFormWritesTheQueryAndAnUnreadableQueryIsPointedAt() {
        dialog.textBox("theme filter").enterText("fraud");
        dialog.list("themes").clickItem(0);
        waitFor("the theme is in the box", () -> dialog.textBox("query").target().getText().startsWith("theme:"));
        dialog.spinner("min sessions").increment(2);
        waitFor("the minimum is in the box", () -> dialog.textBox("query").target().getText().endsWith(" min:3"));

        waitFor("the search has run", () -> dialog.label("status").target().getText().contains("client"));
        // the clinician corrects the number in the box: the form keeps the last search it could read
        dialog.textBox("query").pressAndReleaseKeys(KeyEvent.VK_END, KeyEvent.VK_BACK_SPACE).enterText("lots");
        waitFor("the problem is shown", () -> dialog.label("problem").target().getText().contains("min: takes a whole number"));
        String text = dialog.textBox("query").text();
        assertThat(dialog.label("problem").text()).contains("at character " + (text.indexOf("lots") + 1));
        dialog.spinner("min sessions").requireValue(3);
        assertThat(dialog.label("status").text()).isEqualTo("Showing the last results until the search can be read.");
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(condition::getAsBoolean);
            }
        }, Timeout.timeout(30_000));
    }
}
