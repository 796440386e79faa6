package org.goldseam.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.swing.JFrame;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.goldseam.app.about.BuildInfo;
import org.goldseam.app.about.ThirdPartyNotices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window carries Goldseam's icon in every rendered size, and Goldseam > About Goldseam… names the
 * version and build date, the vault folder in use and every shipped library with its licence.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class AboutDialogGuiTest {
    @TempDir
    Path dir;

    @Test
    void theWindowHasItsIconAndAboutNamesVersionVaultFolderAndLicences() {
        Path folder = dir.resolve("vault");
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = gui.start(folder);
            JFrame frame = (JFrame) window.target();
            assertThat(GuiActionRunner.execute(() -> frame.getIconImages().size())).isEqualTo(6);

            GuiHarness.waitFor("the menu", () -> frame.getJMenuBar().getMenu(0).getItemCount() > 0);
            JMenuItem about = window.menuItemWithPath("Goldseam", "About Goldseam\u2026").target();
            // later, not through the robot's runner: the dialog is modal and holds the event thread's call
            SwingUtilities.invokeLater(() -> about.doClick(0));
            DialogFixture dialog = window.dialog("aboutDialog");

            assertThat(dialog.label("aboutVersion").text()).contains(BuildInfo.current().version()).contains("Built");
            assertThat(dialog.textBox("aboutVaultFolder").text()).isEqualTo(folder.toString());
            JTable libraries = dialog.table("aboutLibraries").target();
            int rows = GuiActionRunner.execute(libraries::getRowCount);
            assertThat(rows).isEqualTo(ThirdPartyNotices.shipped().size()).isGreaterThan(20);
            boolean lgplNamed = GuiActionRunner.execute(() -> {
                for (int row = 0; row < libraries.getRowCount(); row++) {
                    if (String.valueOf(libraries.getValueAt(row, 0)).startsWith("Openhtmltopdf Core")
                            && String.valueOf(libraries.getValueAt(row, 2)).contains("LGPL")) {
                        return true;
                    }
                }
                return false;
            });
            assertThat(lgplNamed).as("the LGPL PDF library is listed with its licence").isTrue();

            javax.swing.JButton close = dialog.button("aboutClose").target();
            GuiActionRunner.execute(() -> close.doClick());
            GuiHarness.waitFor("the About dialog to close", () -> !dialog.target().isShowing());
        }
    }
}
