package org.goldseam.bench.ui;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * The floor for start-up: an empty FlatLaf window of the main window's size, launched the same way
 * as Goldseam. Prints {@code goldseam-window-shown MILLIS} when the window opens; the bench then
 * ends the process.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            JFrame frame = new JFrame("Bare FlatLaf window");
            frame.addWindowListener(new WindowAdapter() {
                @Override
                public void windowOpened(WindowEvent e) {
                    System.out.println("goldseam-window-shown " + System.currentTimeMillis());
                }
            });
            frame.setSize(1280, 820);
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        });
    }
}
