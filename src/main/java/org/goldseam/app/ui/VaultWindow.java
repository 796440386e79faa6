package org.goldseam.app.ui;

import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingWorker;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.cli.CliContext;
import org.goldseam.vault.Vault;

/**
 * The window shown once a vault is open. For now it confirms the vault and offers Lock; the client
 * workspace replaces its content when the desktop issue lands.
 */
final class VaultWindow {
    private final Vault vault;
    private final Runnable onLocked;
    private final JFrame frame = new JFrame("Goldseam");

    VaultWindow(Vault vault, CliContext context, Runnable onLocked) {
        this.vault = vault;
        this.onLocked = onLocked;
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeVault(() -> { }); // once the vault is closed and no window is left, the JVM ends by itself
            }
        });
    }

    void show() {
        JPanel panel = new JPanel(new MigLayout("wrap 1, insets 24 32 24 32, gap 8", "[grow, fill]"));
        JLabel title = new JLabel("Your vault is open");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        panel.add(title);
        String created = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .format(vault.header().createdAt().atZone(ZoneId.systemDefault()));
        panel.add(new JLabel(vault.files().folder().toString()));
        panel.add(new JLabel("Created " + created + " · encrypted with AES"));
        JButton lock = new JButton("Lock");
        lock.getAccessibleContext().setAccessibleName("Lock the vault");
        lock.addActionListener(e -> closeVault(onLocked));
        panel.add(lock, "right, growx 0, gaptop 12");
        frame.setContentPane(panel);
        frame.setMinimumSize(new Dimension(480, 200));
        frame.pack();
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
    }

    /** Closing writes out the database; it is quick but still file work, so it runs off the EDT. */
    private void closeVault(Runnable then) {
        new SwingWorker<Void, Void>() {
            @Override
            protected Void doInBackground() {
                vault.close();
                return null;
            }

            @Override
            protected void done() {
                frame.dispose();
                then.run();
            }
        }.execute();
    }
}
