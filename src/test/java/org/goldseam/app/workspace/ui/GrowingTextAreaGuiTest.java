package org.goldseam.app.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.goldseam.app.ui.common.WidthTrackingPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A note section laid out as the editor lays it out (its own scroll pane inside the editor's
 * scrolling form) shows as many lines as its text needs, up to {@link GrowingTextArea#MAX_ROWS},
 * and shrinks back when text is removed.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class GrowingTextAreaGuiTest {
    private Robot robot;
    private FrameFixture window;

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void aSectionGrowsWithItsTextUpToItsLimitAndShrinksBack() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        JTextArea area = GuiActionRunner.execute(() -> TextAreas.area("section:DATA", "Data"));
        JScrollPane section = GuiActionRunner.execute(() -> new JScrollPane(area));
        JFrame frame = GuiActionRunner.execute(() -> {
            JPanel form = new WidthTrackingPanel(new MigLayout("wrap 1, insets 10", "[grow, fill]"));
            form.add(section, "hmin 70");
            JFrame f = new JFrame("editor");
            f.setContentPane(new JScrollPane(form));
            f.setSize(700, 600);
            return f;
        });
        window = new FrameFixture(robot, frame);
        window.show();
        int rowHeight = GuiActionRunner.execute(() -> area.getFontMetrics(area.getFont()).getHeight());
        int empty = GuiActionRunner.execute(section::getHeight);

        GuiActionRunner.execute(() -> area.setText("Line of the session.\n".repeat(10).strip()));
        waitFor("ten lines shown", () -> section.getViewport().getHeight() >= 10 * rowHeight);
        assertThat(GuiActionRunner.execute(() -> section.getVerticalScrollBar().isShowing()))
                .as("ten lines fit without the section's own scroll bar").isFalse();

        GuiActionRunner.execute(() -> area.setText("Line of the session.\n".repeat(200).strip()));
        waitFor("the limit reached", () -> section.getViewport().getHeight() >= GrowingTextArea.MAX_ROWS * rowHeight);
        assertThat(GuiActionRunner.execute(() -> section.getViewport().getHeight()))
                .as("no taller than the limit").isLessThan((GrowingTextArea.MAX_ROWS + 2) * rowHeight);
        assertThat(GuiActionRunner.execute(() -> section.getVerticalScrollBar().isShowing()))
                .as("beyond the limit the section scrolls").isTrue();

        GuiActionRunner.execute(() -> area.setText("One line."));
        waitFor("back to its first size", () -> section.getHeight() == empty);
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(condition::getAsBoolean);
            }
        }, Timeout.timeout(10_000));
    }
}
