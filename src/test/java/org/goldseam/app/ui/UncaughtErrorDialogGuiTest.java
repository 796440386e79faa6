package org.goldseam.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.goldseam.app.errors.UncaughtErrors;
import org.goldseam.testing.ModalAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** An exception thrown on the event thread: a calm dialog, a log without client text, nothing on stderr. */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class UncaughtErrorDialogGuiTest {
    private static final String CLIENT_TEXT = "Quintessa Varrow-Lind is afraid of the dark";

    @Test
    void anExceptionOnTheEventThreadShowsACalmMessageAndLogsNoClientText() {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Logger logger = Logger.getLogger("org.goldseam.uncaught");
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            UncaughtErrorDialog.install(() -> null);
            SwingUtilities.invokeLater(() -> {
                throw new IllegalStateException("could not show " + CLIENT_TEXT);
            });

            JOptionPaneFixture message = JOptionPaneFinder.findOptionPane().withTimeout(30_000).using(robot);
            message.requireTitle("Something went wrong");
            String shown = GuiActionRunner.execute(() -> String.valueOf(message.target().getMessage()));
            assertThat(shown).contains("safe in the vault").doesNotContain("Quintessa").doesNotContain("IllegalState");
            ModalAnswers.answer(message, "OK");

            assertThat(records).hasSize(1);
            assertThat(records.get(0).getThrown()).as("no throwable: its message would be printed").isNull();
            assertThat(records.get(0).getMessage()).contains("java.lang.IllegalStateException")
                    .contains("\tat ").doesNotContain("Quintessa").doesNotContain("could not show");
        } finally {
            System.setErr(stderr);
            logger.removeHandler(capture);
            Thread.setDefaultUncaughtExceptionHandler(before);
            robot.cleanUp();
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("Quintessa");
        assertThat(UncaughtErrors.MESSAGE).doesNotContain("Quintessa");
    }
}
