package org.goldseam.app.ui;

import static org.goldseam.app.ui.ChildWindows.await;
import static org.goldseam.app.ui.ChildWindows.find;
import static org.goldseam.app.ui.ChildWindows.onEdt;

import java.awt.Window;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JPasswordField;
import javax.swing.JTextArea;
import javax.swing.MenuElement;
import javax.swing.SwingUtilities;
import org.goldseam.app.preferences.PreferenceStore;
import org.goldseam.testing.TestVaults;

/**
 * The desktop app in a JVM of its own, for {@code HeapAfterLockTest}: it unlocks the vault in
 * {@code args[0]}, opens its only client, writes a note whose text carries the marker {@code args[2]},
 * waits for the autosave, chooses Goldseam &gt; Lock, waits until the vault is closed, and writes a
 * dump of the live heap to {@code args[1]}. It prints {@code DUMPED} and ends.
 *
 * <p>The note text is built inside {@link #writeNote} and not kept: after the lock nothing of this
 * class may hold it, or the test would find its own copy.
 */
public final class HeapAfterLockChild {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        PreferenceStore store = new PreferenceStore(java.util.prefs.Preferences.userRoot()
                .node("org/goldseam-tests/" + UUID.randomUUID()));
        SwingUtilities.invokeAndWait(() -> {
            var preferences = store.load();
            Themes.apply(preferences.theme(), preferences.fontSize()); // the look the app starts with
            new MainWindow(folder, TestVaults.vaults(), Clock.systemUTC(), store, preferences).show();
        });
        onEdt(() -> ((JPasswordField) find("passphrase")).setText(new String(TestVaults.PASSPHRASE)));
        onEdt(() -> ((AbstractButton) find("unlockAction")).doClick());
        await("the window", () -> find("clientList") instanceof JList<?> list && list.getModel().getSize() == 1);
        onEdt(() -> ((JList<?>) find("clientList")).setSelectedIndex(0));
        await("the window", () -> find("newNote") != null);
        onEdt(() -> ((AbstractButton) find("newNote")).doClick());
        await("the window", () -> find("section:DATA") != null);
        writeNote(args[2]);
        await("the window", () -> find("saveStatus") instanceof JLabel label && label.getText().startsWith("Saved"));
        onEdt(() -> lockItem().doClick(0)); // Goldseam > Lock, as Ctrl+L chooses it
        // the unlock screen is back and the vault closed: "Unlock" is enabled only then
        await("the window", () -> find("unlockAction") instanceof AbstractButton unlock && unlock.isEnabled());
        onEdt(() -> { }); // let the events queued by the close run
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class).dumpHeap(args[1], true);
        printSurvivors();
        System.out.println("DUMPED");
        System.out.flush();
        System.exit(0);
    }

    /** Goldseam's objects still alive after the lock, for the test's message when it fails. */
    private static void printSurvivors() throws Exception {
        Object histogram = ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        for (String line : histogram.toString().split("\n")) {
            if (line.contains("org.goldseam.") && !line.contains("HeapAfterLock")) {
                System.out.println("alive: " + line.trim());
            }
        }
    }

    /** The note's text, made here so that only the app holds it once this returns. */
    private static void writeNote(String marker) throws Exception {
        onEdt(() -> ((JTextArea) find("section:DATA")).setText(HeapAfterLockTest.noteText(marker)));
    }

    private static JMenuItem lockItem() {
        for (Window window : Window.getWindows()) {
            if (window instanceof JFrame frame && frame.getJMenuBar() != null) {
                for (MenuElement menu : frame.getJMenuBar().getSubElements()) {
                    for (MenuElement popup : menu.getSubElements()) {
                        for (MenuElement item : popup.getSubElements()) {
                            if (item instanceof JMenuItem menuItem && "Lock".equals(menuItem.getText())) {
                                return menuItem;
                            }
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("no Lock menu command");
    }

}
