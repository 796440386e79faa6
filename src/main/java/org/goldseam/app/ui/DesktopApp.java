package org.goldseam.app.ui;

import java.nio.file.Path;
import java.awt.Frame;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.goldseam.app.instance.SingleInstance;
import org.goldseam.app.restore.RestorePresenter;
import org.goldseam.backup.UpgradeBackups;
import org.goldseam.app.cli.CliContext;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.app.preferences.PreferenceStore;

/** Starts the desktop app: look and feel from the preferences, then the main window. */
public final class DesktopApp {
    private DesktopApp() {
    }

    /**
     * The desktop app for a clinician: when a Goldseam window already has this vault, that window is
     * brought to the front and this start ends (see {@link SingleInstance}); otherwise the window opens.
     */
    public static void start(Path vaultFolder, CliContext context) {
        SingleInstance.Claim claim = SingleInstance.claim(vaultFolder);
        if (claim instanceof SingleInstance.HandedOver) {
            System.err.println(DesktopWords.get("instance.handedOver"));
            return;
        }
        PreferenceStore store = PreferenceStore.forUser();
        // before a newer Goldseam updates a vault's structure it keeps a verified backup, in the folder
        // "Restore from backup…" lists: the one chosen in Preferences, else beside the vault
        CliContext desktop = new CliContext(context.clock(), context.vaults().withUpgradeBackup(new UpgradeBackups(context.clock(),
                folder -> RestorePresenter.backupFolder(folder, store.load().backupFolder()))));
        MainWindow[] window = start(vaultFolder, desktop, store);
        if (claim instanceof SingleInstance.First first) {
            SingleInstance instance = first.instance();
            instance.onRequest(() -> SwingUtilities.invokeLater(() -> {
                if (window[0] != null) {
                    bringToFront(window[0].frame());
                }
            }));
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "goldseam-single-instance-close"));
        }
    }

    /** Shows a window that may be minimised or behind others, as a click on it in the task bar would. */
    static void bringToFront(JFrame frame) {
        if ((frame.getExtendedState() & Frame.ICONIFIED) != 0) {
            frame.setExtendedState(frame.getExtendedState() & ~Frame.ICONIFIED);
        }
        frame.setVisible(true);
        frame.toFront();
        frame.requestFocus();
    }

    /**
     * Loads the font system on the calling (main) thread while the event thread sets up the look and
     * feel. The first window that measures text pays for reading the font configuration and font
     * files — about 90 ms before the unlock screen could paint, measured by {@code goldseam bench}.
     * Done here, it overlaps work the event thread has to do anyway.
     */
    private static void warmFonts() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D graphics = image.createGraphics();
        try {
            for (String family : new String[] {java.awt.Font.DIALOG, java.awt.Font.SANS_SERIF}) {
                graphics.setFont(new java.awt.Font(family, java.awt.Font.PLAIN, 13));
                graphics.getFontMetrics().stringWidth("Unlock your vault");
            }
        } finally {
            graphics.dispose();
        }
    }

    public static MainWindow[] start(Path vaultFolder, CliContext context, PreferenceStore store) {
        MainWindow[] window = new MainWindow[1];
        // before any window: an exception nobody caught shows a calm message and logs no client text
        UncaughtErrorDialog.install(() -> window[0] == null ? null : window[0].frame());
        SwingUtilities.invokeLater(() -> {
            AppPreferences preferences = store.load();
            Themes.apply(preferences.theme(), preferences.fontSize());
            window[0] = new MainWindow(vaultFolder, context.vaults(), context.clock(), store, preferences);
            window[0].show();
        });
        warmFonts();
        return window;
    }
}
