package org.goldseam.app.ui;

import static org.goldseam.app.ui.ChildWindows.await;
import static org.goldseam.app.ui.ChildWindows.find;
import static org.goldseam.app.ui.ChildWindows.onEdt;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPasswordField;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.goldseam.app.preferences.PreferenceStore;
import org.goldseam.testing.TestVaults;

/**
 * The desktop app in a JVM of its own, for {@code AppCrashTest}: it unlocks the vault, opens a new
 * note for the only client, types {@code args[1]} into it, prints {@code SAVED} once the status line
 * says so, and waits to be killed. With {@code args[2]} = {@code unsaved} it prints {@code TYPED} as
 * soon as the text is in the editor, before its autosave.
 */
public final class AppCrashChild {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String text = args[1];
        PreferenceStore store = new PreferenceStore(java.util.prefs.Preferences.userRoot()
                .node("org/goldseam-tests/" + UUID.randomUUID()));
        AtomicReference<MainWindow> window = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            MainWindow created = new MainWindow(folder, TestVaults.vaults(), Clock.systemUTC(), store);
            created.show();
            window.set(created);
        });
        onEdt(() -> ((JPasswordField) find("passphrase")).setText(new String(TestVaults.PASSPHRASE)));
        onEdt(() -> ((AbstractButton) find("unlockAction")).doClick());
        await("the window", () -> find("clientList") instanceof JList<?> list && list.getModel().getSize() == 1);
        onEdt(() -> ((JList<?>) find("clientList")).setSelectedIndex(0));
        await("the window", () -> find("newNote") != null);
        onEdt(() -> ((AbstractButton) find("newNote")).doClick());
        await("the window", () -> find("section:DATA") != null);
        onEdt(() -> ((JTextArea) find("section:DATA")).setText(text));
        if (args.length > 2 && args[2].equals("unsaved")) {
            // for AppTerminateTest: the text is in the editor, its autosave still a moment away
            System.out.println("TYPED");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
        await("the window", () -> find("saveStatus") instanceof JLabel label && label.getText().startsWith("Saved")
                && ((JTextArea) find("section:DATA")).getText().equals(text));
        System.out.println("SAVED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

}
