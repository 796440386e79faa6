package org.goldseam.app.ui;

import java.awt.Component;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.goldseam.app.errors.UncaughtErrors;

/**
 * Installs {@link UncaughtErrors} for every thread, the event thread included (since Java 7 its
 * uncaught exceptions go to the default handler): the stack trace without messages goes to the log,
 * a calm message to a dialog over the main window.
 */
final class UncaughtErrorDialog {
    private static final Logger LOG = Logger.getLogger("org.goldseam.uncaught");

    private UncaughtErrorDialog() {
    }

    static UncaughtErrors install(Supplier<Component> parent) {
        UncaughtErrors[] handler = new UncaughtErrors[1];
        handler[0] = new UncaughtErrors(trace -> LOG.log(Level.SEVERE, trace),
                message -> SwingUtilities.invokeLater(() -> {
                    try {
                        JOptionPane.showMessageDialog(parent.get(), "<html><body style='width: 380px'>" + message
                                + "</body></html>", "Something went wrong", JOptionPane.WARNING_MESSAGE);
                    } finally {
                        handler[0].dismissed();
                    }
                }));
        Thread.setDefaultUncaughtExceptionHandler(handler[0]);
        return handler[0];
    }
}
