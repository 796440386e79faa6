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

    public static MainWindow[] start(Path vaultFolder, CliContext context, PreferenceStore store) {
        MainWindow[] window = new MainWindow[1];
        SwingUtilities.invokeLater(() -> {
            AppPreferences preferences = store.load();
            Themes.apply(preferences.theme(), preferences.fontSize());
            window[0] = new MainWindow(vaultFolder, context.vaults(), context.clock(), store);
            window[0].show();
        });
        return window;
    }
}
