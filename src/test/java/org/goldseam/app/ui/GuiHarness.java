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
        return start(folder, Clock.systemUTC());
    }

    /** As {@link #start(Path)}, on {@code clock} (e.g. one the test moves to reach the idle lock). */
    FrameFixture start(Path folder, Clock clock) {
        window = GuiActionRunner.execute(() -> {
            Themes.apply(ThemeChoice.LIGHT, 13);
            MainWindow created = new MainWindow(folder, TestVaults.vaults(), clock, store);
            created.show();
            return created;
        });
        JFrame jframe = GuiActionRunner.execute(() -> window.frame());
        frame = new FrameFixture(robot, jframe);
        return frame;
    }

    /**
     * Puts {@code passphrase} in the unlock form and presses Unlock, both on the event thread. For
     * tests about what comes after unlocking: typed keys and a robot click on a window that has just
     * been (re)built were sometimes lost under Xvfb (ADR 0012). {@code DesktopFlowTest} still types.
     */
    static void unlock(FrameFixture window, String passphrase) {
        waitFor("the unlock form", () -> DesktopFlowTest.find(window, "passphrase") != null);
        javax.swing.JPasswordField field = (javax.swing.JPasswordField) window.textBox("passphrase").target();
        javax.swing.JButton button = window.button("unlockAction").target();
        // after a lock, Unlock waits until the vault has finished closing
        waitFor("Unlock to be ready", button::isEnabled);
        GuiActionRunner.execute(() -> {
            field.setText(passphrase);
            button.doClick();
        });
    }

    /**
     * Chooses the menu command {@code path} (e.g. "Goldseam", "Lock") as a click on it would, after
     * checking that it is there and enabled. The robot's way, opening the menu and clicking the
     * item, sometimes lost the menu under load without a window manager (ADR 0012).
     */
    static void choose(FrameFixture window, String... path) {
        javax.swing.JMenuItem item = window.menuItemWithPath(path).target();
        GuiActionRunner.execute(() -> {
            if (!item.isEnabled()) {
                throw new AssertionError("the menu command " + String.join(" > ", path) + " is disabled");
            }
            item.doClick(0);
        });
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
