package org.goldseam.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldseam.app.ui.DesktopFlowTest.find;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Timeout;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.testing.ModalAnswers;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong passphrase, then the right one; the audit log viewer shows both attempts, filters to the
 * failed one, exports it as CSV, and closes when the vault locks.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class AuditViewerGuiTest {
    private static final String PASSPHRASE = new String(TestVaults.PASSPHRASE);

    @TempDir
    Path dir;

    @Test
    void aFailedUnlockIsInTheViewerWhichFiltersExportsAndClosesOnLock() throws Exception {
        Path folder = dir.resolve("vault");
        try (Vault vault = TestVaults.create(folder)) {
            new ClientRepository(vault.database().dsl()).insert(ClientDetails.of("Zoë Łukasz-Ørsted", LocalDate.of(2026, 2, 3)));
        }
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = gui.start(folder);
            GuiHarness.unlock(window, "not my passphrase");
            ModalAnswers.answer(window.optionPane(Timeout.timeout(GuiHarness.PATIENCE.toMillis())).requireTitle("Wrong passphrase"), "OK");
            GuiHarness.unlock(window, PASSPHRASE);
            GuiHarness.waitFor("the workspace", () -> find(window, "clientList") != null);

            GuiHarness.choose(window, "Goldseam", "Audit log\u2026");
            DialogFixture viewer = window.dialog(Timeout.timeout(GuiHarness.PATIENCE.toMillis()));
            JTable table = viewer.table("auditTable").target();
            GuiHarness.waitFor("the unlock in the log", () -> column(table, 2).contains("Unlocked"));
            assertThat(column(table, 2)).containsSubsequence("Wrong passphrase typed", "Unlocked");
            JLabel chain = viewer.label("chainStatus").target();
            GuiHarness.waitFor("the chain checked", () -> chain.getText().contains("Audit chain intact"));

            viewer.comboBox("auditAction").selectItem("Wrong passphrase typed");
            GuiHarness.waitFor("only the failed attempt", () -> table.getRowCount() == 1);
            assertThat(table.getValueAt(0, 6)).isEqualTo("wrong passphrase; recorded at the next unlock");
            viewer.textBox("auditFrom").click();
            viewer.textBox("auditFrom").enterText("2000-13-01\n");
            GuiHarness.waitFor("the unreadable day named",
                    () -> viewer.label("auditMessage").target().getText().contains("cannot be read"));
            assertThat(table.getRowCount()).as("the list stays").isEqualTo(1);
            viewer.textBox("auditFrom").deleteText().enterText("2000-01-01\n");
            GuiHarness.waitFor("the day accepted", () -> !viewer.label("auditMessage").target().getText().contains("cannot"));

            viewer.button("exportAuditCsv").click();
            JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(GuiHarness.PATIENCE.toMillis())
                    .using(gui.robot);
            Path file = dir.resolve("audit.csv");
            ModalAnswers.approve(chooser, file);
            JLabel message = viewer.label("auditMessage").target();
            GuiHarness.waitFor("the export", () -> message.getText().contains("Wrote 1 entry"),
                    () -> "the viewer says: " + message.getText());
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).isEqualTo("id,occurred_at,action,actor,client_id,note_id,detail");
            assertThat(lines.get(1)).contains(",failed_unlock,").endsWith(",,,wrong passphrase; recorded at the next unlock");

            GuiHarness.choose(window, "Goldseam", "Lock");
            GuiHarness.waitFor("the viewer closed with the lock", () -> !viewer.target().isShowing());
            window.close();
            GuiHarness.waitFor("the window to close", () -> !window.target().isDisplayable());
        }
    }

    private static List<String> column(JTable table, int column) {
        return Arrays.asList(java.util.stream.IntStream.range(0, table.getRowCount())
                .mapToObj(row -> String.valueOf(table.getValueAt(row, column))).toArray(String[]::new));
    }
}
