package org.goldseam.app.ui;

import static org.goldseam.app.ui.ChildWindows.await;
import static org.goldseam.app.ui.ChildWindows.find;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPasswordField;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.goldseam.app.preferences.PreferenceStore;
import org.goldseam.app.workspace.ClientRow;
import org.goldseam.notes.NoteListItem;
import org.goldseam.notes.NoteStatus;
import org.goldseam.testing.TestVaults;

/**
 * The desktop app in a JVM of its own, for {@code LostSaveGuiKillTest}, used as a clinician would:
 * it unlocks, clicks the client named {@code args[1]}, the Sessions tab and the draft in the
 * sessions list with the mouse, clicks into the Data section and types {@code args[2]} on the
 * keyboard, all through {@link Robot}. It then goes on writing, a few words at a time, waiting
 * for "Saved" after each, until the vault has been open {@code args[3]} seconds: H2 keeps the space
 * of superseded chunks for 45 s before reusing it, and the lost save only happens in a session
 * older than that (ADR 0015). After that last "Saved" it prints {@code SAVED} and the Data text
 * shown at that moment (Base64), then waits to be killed. A click or key lost under Xvfb is simply
 * repeated, as a person would; what counts is the text shown as saved.
 */
public final class LostSaveChild {
    private static Robot robot;

    public static void main(String[] args) {
        try {
            drive(args);
        } catch (Throwable failed) {
            // the window's threads would keep this JVM alive: say what happened and end it
            System.out.println("FAILED " + failed);
            System.out.flush();
            System.exit(1);
        }
    }

    private static void drive(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String clientName = args[1];
        String typed = args[2];
        long workNanos = Long.parseLong(args[3]) * 1_000_000_000L;
        robot = new Robot();
        robot.setAutoDelay(15);
        PreferenceStore store = new PreferenceStore(java.util.prefs.Preferences.userRoot()
                .node("org/goldseam-tests/" + UUID.randomUUID()));
        AtomicReference<MainWindow> window = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            MainWindow created = new MainWindow(folder, TestVaults.vaults(), Clock.systemUTC(), store);
            created.show();
            window.set(created);
        });
        await("the unlock form", () -> find("passphrase") != null);
        ChildWindows.onEdt(() -> ((JPasswordField) find("passphrase")).setText(new String(TestVaults.PASSPHRASE)));
        ChildWindows.onEdt(() -> ((AbstractButton) find("unlockAction")).doClick());
        long unlocked = System.nanoTime();
        await("the caseload", () -> rowOf(clientName) >= 0);

        JList<?> clients = ChildWindows.get(() -> (JList<?>) find("clientList"));
        clickUntil("the client", () -> cell(clients, rowOf(clientName)), () -> find("clientTabs") != null
                && ((JList<?>) find("clientList")).getSelectedIndex() == rowOf(clientName));
        JTabbedPane tabs = ChildWindows.get(() -> (JTabbedPane) find("clientTabs"));
        int sessions = ChildWindows.get(() -> tabs.indexOfTab("Sessions"));
        clickUntil("the Sessions tab", () -> tab(tabs, sessions), () -> find("sessionList") != null);
        JList<?> notes = ChildWindows.get(() -> (JList<?>) find("sessionList"));
        await("the sessions list", () -> draftRow(notes) >= 0);
        clickUntil("the draft in the list", () -> cell(notes, draftRow(notes)),
                () -> notes.getSelectedIndex() == draftRow(notes) && find("section:DATA") instanceof JTextArea area && area.isEditable());
        JTextArea data = ChildWindows.get(() -> (JTextArea) find("section:DATA"));
        String before = ChildWindows.get(data::getText);

        // click at the end of the text and type; retype if the keys went nowhere
        for (int attempt = 0; attempt < 5 && ChildWindows.get(data::getText).equals(before); attempt++) {
            click(ChildWindows.get(() -> endOf(data)));
            // without a window manager nothing gives the window the keyboard; a person's click would
            ChildWindows.onEdt(() -> {
                SwingUtilities.getWindowAncestor(data).toFront();
                data.requestFocusInWindow();
            });
            await("the Data section to have the keyboard", data::isFocusOwner);
            robot.keyPress(KeyEvent.VK_CONTROL);
            robot.keyPress(KeyEvent.VK_END);
            robot.keyRelease(KeyEvent.VK_END);
            robot.keyRelease(KeyEvent.VK_CONTROL);
            type(typed);
            robot.waitForIdle();
            Thread.sleep(300);
        }
        String shown = awaitSaved(data, before);
        // a working session: more words, each autosaved, until the vault has been open long enough
        for (int words = 0; System.nanoTime() - unlocked < workNanos; words++) {
            type(" and then " + words);
            shown = awaitSaved(data, shown);
        }
        // every key delivered and no save pending: what is shown now is what was saved
        robot.waitForIdle();
        Thread.sleep(1_500);
        await("Saved with nothing pending", () -> find("saveStatus") instanceof JLabel status && status.getText().startsWith("Saved"));
        shown = ChildWindows.get(data::getText);
        System.out.println("SAVED " + Base64.getEncoder().encodeToString(shown.getBytes(StandardCharsets.UTF_8)));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Waits until the Data text differs from {@code previous} and the status line says "Saved"; returns that text. */
    private static String awaitSaved(JTextArea data, String previous) throws Exception {
        String[] shown = new String[1];
        await("Saved after typing (focus on " + ChildWindows.get(() -> String.valueOf(java.awt.KeyboardFocusManager
                .getCurrentKeyboardFocusManager().getFocusOwner())) + ")", () -> {
            String text = data.getText();
            if (!text.equals(previous) && find("saveStatus") instanceof JLabel status && status.getText().startsWith("Saved")) {
                shown[0] = text;
                return true;
            }
            return false;
        });
        return shown[0];
    }

    private static int rowOf(String name) {
        if (!(find("clientList") instanceof JList<?> list)) {
            return -1;
        }
        for (int i = 0; i < list.getModel().getSize(); i++) {
            if (list.getModel().getElementAt(i) instanceof ClientRow row && row.fullName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int draftRow(JList<?> notes) {
        for (int i = 0; i < notes.getModel().getSize(); i++) {
            if (notes.getModel().getElementAt(i) instanceof NoteListItem item && item.status() == NoteStatus.DRAFT) {
                return i;
            }
        }
        return -1;
    }

    private static Point cell(JList<?> list, int row) {
        Rectangle bounds = list.getCellBounds(row, row);
        list.ensureIndexIsVisible(row);
        Point p = new Point(bounds.x + Math.min(40, bounds.width / 2), bounds.y + bounds.height / 2);
        SwingUtilities.convertPointToScreen(p, list);
        return p;
    }

    private static Point tab(JTabbedPane tabs, int index) {
        Rectangle bounds = tabs.getBoundsAt(index);
        Point p = new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        SwingUtilities.convertPointToScreen(p, tabs);
        return p;
    }

    private static Point endOf(JTextArea area) {
        area.scrollRectToVisible(new Rectangle(0, 0, 10, 10));
        Point p = new Point(Math.max(5, area.getWidth() - 12), Math.min(area.getHeight() - 5, 10));
        SwingUtilities.convertPointToScreen(p, area);
        return p;
    }

    private static void clickUntil(String what, Supplier<Point> where, BooleanSupplier done) throws Exception {
        for (int attempt = 0; attempt < 8; attempt++) {
            click(ChildWindows.get(where));
            long until = System.nanoTime() + 4_000_000_000L;
            while (System.nanoTime() < until) {
                if (ChildWindows.get(done::getAsBoolean)) {
                    return;
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("clicking " + what + " had no effect");
    }

    private static void click(Point p) {
        robot.mouseMove(p.x, p.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    private static void type(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int code = Character.isDigit(c) ? KeyEvent.VK_0 + (c - '0')
                    : c == ' ' ? KeyEvent.VK_SPACE
                    : KeyEvent.VK_A + (Character.toLowerCase(c) - 'a');
            robot.keyPress(code);
            robot.keyRelease(code);
        }
    }

}
