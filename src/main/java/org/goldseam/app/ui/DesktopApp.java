package org.goldseam.app.ui;

import com.formdev.flatlaf.FlatLightLaf;
import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.goldseam.app.cli.CliContext;

/** Starts the desktop app: look and feel, then the unlock (or create-vault) window. */
public final class DesktopApp {
    private DesktopApp() {
    }

    public static void start(Path vaultFolder, CliContext context) {
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            new UnlockWindow(vaultFolder, context).show();
        });
    }
}
