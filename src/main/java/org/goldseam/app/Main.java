package org.goldseam.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.goldseam.app.cli.CliContext;
import org.goldseam.app.cli.GoldseamCommand;
import org.goldseam.app.ui.DesktopApp;
import org.goldseam.vault.VaultLocation;

/** Entry point for both the desktop app ({@code goldseam}) and the command line ({@code goldseam init}, …). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // only warnings and errors: libraries' info lines are noise on a command line
        Logger.getLogger("").setLevel(Level.WARNING);
        // system properties that AWT reads once, so they must be set before any AWT class loads
        System.setProperty("awt.useSystemAAFontSettings", "on");
        System.setProperty("swing.aatext", "true");

        var desktop = DesktopLaunch.recognise(args);
        if (desktop.isPresent()) {
            // the common case, straight to the window: see DesktopLaunch for why picocli is skipped
            DesktopApp.start(VaultLocation.resolve(desktop.get().dataDir()), CliContext.production());
            return;
        }
        GoldseamCommand command = new GoldseamCommand(CliContext.production(), DesktopApp::start);
        // UTF-8 whatever the locale, so Zoë and 李 survive a pipe into a file
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode = GoldseamCommand.commandLine(command, out, err).execute(args);
        if (!command.desktopStarted()) {
            System.exit(exitCode);
        }
    }
}
