package org.goldseam.app.summary.ui;

import java.awt.Component;
import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javax.swing.JOptionPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;

/**
 * Opens a summary in the system viewer, or its folder in the file manager. Where the desktop cannot
 * (no desktop integration, or it refuses), the path is shown in a field the clinician can copy from.
 * Opening runs off the event thread: some desktops take a moment to answer.
 */
@NullUnmarked // NullAway findings here are not fixed yet: see ADR 0016
final class Desktops {
    private Desktops() {
    }

    static boolean canOpen() {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    static void open(Component parent, Path file) {
        openOrShow(parent, file, "The summary is saved here; open it with your PDF viewer:");
    }

    static void showFolder(Component parent, @Nullable Path folder) {
        openOrShow(parent, folder, "The summaries are in this folder:");
    }

    /**
     * Opens {@code path} (a file or a folder) with the desktop; where it cannot, shows the path
     * under {@code explanation}.
     */
    static void openOrShow(Component parent, @Nullable Path path, String explanation) {
        if (!canOpen()) {
            showPath(parent, path, explanation);
            return;
        }
        File file = path.toFile();
        Thread opener = new Thread(() -> {
            try {
                Desktop.getDesktop().open(file);
            } catch (IOException | RuntimeException e) {
                SwingUtilities.invokeLater(() -> showPath(parent, path, explanation));
            }
        }, "goldseam-open-summary");
        opener.setDaemon(true);
        opener.start();
    }

    private static void showPath(Component parent, @Nullable Path path, String explanation) {
        JTextField field = FormParts.named(new JTextField(path.toString(), Math.min(60, path.toString().length() + 2)),
                "Location");
        field.setEditable(false);
        field.selectAll();
        JOptionPane.showMessageDialog(parent, new Object[] {explanation, field}, "Where the file is",
                JOptionPane.INFORMATION_MESSAGE);
    }
}
