package org.goldseam.app.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.goldseam.app.preferences.PreferenceStore;
import org.goldseam.app.preferences.ThemeChoice;
import org.goldseam.testing.TestVaults;

/** Starts the real main window for GUI tests, with throwaway preferences and quick key stretching. */
final class GuiHarness implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    final Robot robot = BasicRobot.robotWithNewAwtHierarchy();
    private final Preferences node = Preferences.userRoot().node("org/goldseam-tests/" + UUID.randomUUID());
    final PreferenceStore store = new PreferenceStore(node);
    MainWindow window;
    FrameFixture frame;

    GuiHarness() {
        robot.settings().delayBetweenEvents(10);
    }

    FrameFixture start(Path folder) {
        window = GuiActionRunner.execute(() -> {
            Themes.apply(ThemeChoice.LIGHT, 13);
            MainWindow created = new MainWindow(folder, TestVaults.vaults(), Clock.systemUTC(), store);
            created.show();
            return created;
        });
        JFrame jframe = GuiActionRunner.execute(() -> window.frame());
        frame = new FrameFixture(robot, jframe);
        return frame;
    }

    /** As {@link #waitFor(String, BooleanSupplier)}, naming what the window shows when it times out. */
    static void waitFor(String what, BooleanSupplier condition, java.util.function.Supplier<String> shown) {
        try {
            waitFor(what, condition);
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            throw new AssertionError("Timed out waiting for " + what + "; " + GuiActionRunner.execute(shown::get), e);
        }
    }

    static void waitFor(String what, BooleanSupplier condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(condition::getAsBoolean);
            }
        }, Timeout.timeout(PATIENCE.toMillis()));
    }

    @Override
    public void close() {
        robot.cleanUp();
        try {
            node.removeNode();
        } catch (BackingStoreException ignored) {
            // throwaway test preferences; nothing to keep
        }
    }
}
