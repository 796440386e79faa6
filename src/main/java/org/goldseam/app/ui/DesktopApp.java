package org.goldseam.app.ui;

import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.goldseam.app.cli.CliContext;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.app.preferences.PreferenceStore;

/** Starts the desktop app: look and feel from the preferences, then the main window. */
public final class DesktopApp {
    private DesktopApp() {
    }

    public static void start(Path vaultFolder, CliContext context) {
        start(vaultFolder, context, PreferenceStore.forUser());
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
