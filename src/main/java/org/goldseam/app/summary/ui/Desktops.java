package org.goldseam.app.summary.ui;

import java.awt.Component;
import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javax.swing.JOptionPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

/**
 * Opens a summary in the system viewer, or its folder in the file manager. Where the desktop cannot
 * (no desktop integration, or it refuses), the path is shown in a field the clinician can copy from.
 * Opening runs off the event thread: some desktops take a moment to answer.
 */
final class Desktops {
    private Desktops() {
    }

    static boolean canOpen() {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    static void open(Component parent, Path file, Executor background) {
        openOrShow(parent, file, "The summary is saved here; open it with your PDF viewer:", background);
    }

    static void showFolder(Component parent, Path folder, Executor background) {
        openOrShow(parent, folder, "The summaries are in this folder:", background);
    }

    /**
     * Opens {@code path} (a file or a folder) with the desktop; where it cannot, shows the path
     * under {@code explanation}.
     */
    static void openOrShow(Component parent, Path path, String explanation, Executor background) {
        if (!canOpen()) {
            showPath(parent, path, explanation);
            return;
        }
        File file = path.toFile();
        // the desktop's file opener can take a moment: on the app's job lane, never the event thread
        background.execute(() -> {
            try {
                Desktop.getDesktop().open(file);
            } catch (IOException | RuntimeException e) {
                SwingUtilities.invokeLater(() -> showPath(parent, path, explanation));
            }
        });
    }

    private static void showPath(Component parent, Path path, String explanation) {
        JTextField field = FormParts.named(new JTextField(path.toString(), Math.min(60, path.toString().length() + 2)),
                "Location");
        field.setEditable(false);
        field.selectAll();
        JOptionPane.showMessageDialog(parent, new Object[] {explanation, field}, "Where the file is",
                JOptionPane.INFORMATION_MESSAGE);
    }
}
