package org.goldseam.app.summary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JDialog;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.app.preferences.ThemeChoice;
import org.goldseam.app.summary.RenderState;
import org.goldseam.app.ui.Themes;
import org.goldseam.app.workspace.DemoWorkspace;
import org.goldseam.clients.ClientSummary;
import org.goldseam.summary.BatchItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary, batch and record export dialogs on the shared demo caseload, driven like a clinician would. Each test also saves
 * a PNG of the dialog into {@code target/screenshots} for a person to look at.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class SummaryDialogsGuiTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static DemoWorkspace demo;
    private static ClientSummary client;
    private Robot robot;
    private final org.goldseam.app.tasks.BackgroundTasks tasks =
            org.goldseam.app.tasks.BackgroundTasks.withWorkerThread(javax.swing.SwingUtilities::invokeLater);

    @TempDir
    Path folder;

    @BeforeAll
    static void setUp() throws Exception {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> Themes.apply(ThemeChoice.LIGHT, 13));
        demo = DemoWorkspace.shared();
        long id = demo.firstClientId();
        client = demo.services().clients().listAll().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        Files.createDirectories(SHOTS);
    }

    @BeforeEach
    void robot() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
    }

    @AfterEach
    void cleanUp() {
        GuiActionRunner.execute(() -> {
            ExportWindows.closeAll();
        });
        robot.cleanUp();
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(condition::getAsBoolean);
            }
        }, Timeout.timeout(120_000));
    }

    private static void screenshot(JDialog dialog, String name) throws Exception {
        robotIdle();
        Rectangle bounds = GuiActionRunner.execute(() -> new Rectangle(dialog.getLocationOnScreen(), dialog.getSize()));
        ImageIO.write(new java.awt.Robot().createScreenCapture(bounds), "png", SHOTS.resolve(name + ".png").toFile());
    }

    /** Only for the picture: assertions wait on conditions, but Xvfb needs a moment to show the last paint. */
    private static void robotIdle() throws Exception {
        javax.swing.SwingUtilities.invokeAndWait(() -> { });
        Thread.sleep(300);
    }

    @Test
    void choosingLastSixMonthsAndMakingTheSummaryEndsWithTheFileToOpen() throws Exception {
        SummaryDialog shown = GuiActionRunner.execute(() -> SummaryDialog.show(null, demo.services(), tasks, client.id(),
                client.fullName(), AppPreferences.defaults(), folder));
        DialogFixture dialog = new DialogFixture(robot, shown.dialog());
        assertThat(GuiActionRunner.execute(() -> shown.dialog().getTitle())).isEqualTo(SummaryDialog.TITLE_PREFIX + client.fullName());

        dialog.radioButton(FormParts.PRESET_PREFIX + "LAST_12_MONTHS").click();
        dialog.textBox("summary-output").requireText(folder.resolve(
                "summary-client-" + client.id() + "_2025-11-22_2026-11-21.pdf").toString());
        dialog.radioButton(FormParts.PRESET_PREFIX + "LAST_6_MONTHS").click();
        Path expected = folder.resolve("summary-client-" + client.id() + "_2026-05-22_2026-11-21.pdf");
        dialog.textBox("summary-output").requireText(expected.toString());
        dialog.spinner("summary-from").requireDisabled();
        screenshot(shown.dialog(), "summary-dialog");

        dialog.button("summary-make").click();
        waitFor("the summary is done", () -> shown.presenter().state() == RenderState.DONE);

        assertThat(expected).exists();
        dialog.label("summary-message").requireText(java.util.regex.Pattern.compile(
                "Saved " + java.util.regex.Pattern.quote(expected.getFileName().toString()) + " · \\d+ pages"));
        dialog.button("summary-folder").requireVisible();
        dialog.button("summary-make").requireText("Make again");
        screenshot(shown.dialog(), "summary-dialog-done");

        // the lead closes the dialogs on lock: the client's name goes with them
        GuiActionRunner.execute(ExportWindows::closeAll);
        assertThat(GuiActionRunner.execute(() -> shown.dialog().isDisplayable())).isFalse();
        assertThat(shown.presenter().clientName()).isEmpty();
    }

    @Test
    void aBatchOfTickedClientsEndsWithAReportRowPerClient() throws Exception {
        BatchExportDialog shown = GuiActionRunner.execute(() -> BatchExportDialog.show(null, demo.services(), tasks,
                AppPreferences.defaults(), folder.resolve("batch")));
        DialogFixture dialog = new DialogFixture(robot, shown.dialog());
        waitFor("the clients are listed", () -> shown.presenter().choices().size() >= 3);
        dialog.radioButton(FormParts.PRESET_PREFIX + "LAST_3_MONTHS").click();
        // a click on a name selects the row (a click in the first column would tick it), Space ticks it
        for (int row = 0; row < 2; row++) {
            dialog.table("batch-clients").cell(org.assertj.swing.data.TableCell.row(row).column(1)).click();
            robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_SPACE);
        }
        dialog.radioButton("batch-ticked").requireSelected();
        waitFor("two clients are ticked", () -> shown.presenter().selected().size() == 2);
        javax.swing.JTable clients = dialog.table("batch-clients").target();
        assertThat(GuiActionRunner.execute(() -> List.of(clients.getValueAt(0, 0), clients.getValueAt(1, 0), clients.getValueAt(2, 0))))
                .containsExactly(true, true, false);
        screenshot(shown.dialog(), "batch-dialog");
        // a file left from an earlier export makes one client fail; the other must still be written
        long second = GuiActionRunner.execute(() -> shown.presenter().choices().get(1).id());
        Path batch = Files.createDirectories(folder.resolve("batch"));
        Files.writeString(batch.resolve(org.goldseam.summary.SummaryService.fileName(second,
                GuiActionRunner.execute(() -> shown.presenter().period().period()))), "older");

        dialog.button("batch-export").click();
        waitFor("the batch is done", () -> shown.presenter().state() == RenderState.DONE);

        List<BatchItem> items = shown.presenter().report().items();
        assertThat(items).hasSize(2);
        assertThat(shown.presenter().report().failed()).singleElement().extracting(BatchItem::clientId).isEqualTo(second);
        dialog.table("batch-report").requireRowCount(2);
        dialog.table("batch-report").requireCellValue(org.assertj.swing.data.TableCell.row(0).column(1), "Not written");
        dialog.textBox("batch-report-detail").requireText(java.util.regex.Pattern.compile(".*already exists.*"));
        dialog.label("summary-message").requireText("Wrote 1 of 2 summaries; 1 could not be written (see below).");
        dialog.button("batch-show-folder").requireVisible();
        screenshot(shown.dialog(), "batch-dialog-done");
    }

    @Test
    void theRecordExportWarnsWhilePrivateNotesAreTickedAndEndsWithTheFiles() throws Exception {
        RecordExportDialog shown = GuiActionRunner.execute(() -> RecordExportDialog.show(null, demo.services(), tasks, client.id(),
                client.fullName(), "Dr Ana Q. Invented", folder.resolve("records")));
        DialogFixture dialog = new DialogFixture(robot, shown.dialog());
        javax.swing.JTextArea warning = robot.finder().findByName(shown.dialog(), "record-private-warning",
                javax.swing.JTextArea.class, false);
        dialog.checkBox("record-private-notes").requireNotSelected();
        assertThat(GuiActionRunner.execute(warning::isShowing)).isFalse();
        dialog.checkBox("record-private-notes").click();
        dialog.textBox("record-private-warning").requireVisible()
                .requireText(java.util.regex.Pattern.compile(".*private psychotherapy notes.*"));
        screenshot(shown.dialog(), "record-dialog-private");
        dialog.checkBox("record-private-notes").click();
        assertThat(GuiActionRunner.execute(warning::isShowing)).isFalse();
        dialog.radioButton("record-format-both").requireSelected();

        dialog.button("record-export").click();
        waitFor("the record is exported", () -> shown.presenter().state().finished());
        assertThat(shown.presenter().state()).as(shown.presenter().message()).isEqualTo(RenderState.DONE);
        assertThat(shown.presenter().result().files()).hasSize(2).allMatch(Files::exists);
        dialog.button("record-show-folder").requireVisible();
        dialog.button("record-export").requireText("Export again");
        screenshot(shown.dialog(), "record-dialog-done");
    }
}
