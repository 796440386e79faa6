package org.goldseam.app.ui;

import java.awt.Font;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.SwingWorker;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.cli.CliContext;
import org.goldseam.vault.PassphrasePolicy;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultFiles;

/**
 * First screen: unlock the vault, or create one on first run. Key derivation takes about half a
 * second on purpose, so unlocking runs in a {@link SwingWorker} with a visible "Unlocking…" state.
 */
final class UnlockWindow {
    private final CliContext context;
    private final JFrame frame = new JFrame("Goldseam");
    private final JPasswordField passphrase = new JPasswordField(24);
    private final JPasswordField repeat = new JPasswordField(24);
    private final JLabel status = new JLabel(" ");
    private final JLabel strength = new JLabel(" ");
    private final JButton action = new JButton();
    private Path folder;

    UnlockWindow(Path folder, CliContext context) {
        this.folder = folder;
        this.context = context;
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        passphrase.getAccessibleContext().setAccessibleName("Passphrase");
        repeat.getAccessibleContext().setAccessibleName("Passphrase again");
        status.putClientProperty("FlatLaf.styleClass", "small");
    }

    void show() {
        boolean exists = new VaultFiles(folder).headerExists();
        frame.setContentPane(exists ? unlockPanel() : createPanel());
        frame.getRootPane().setDefaultButton(action);
        frame.pack();
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        passphrase.requestFocusInWindow();
    }

    private JPanel unlockPanel() {
        JPanel panel = new JPanel(new MigLayout("wrap 1, insets 24 32 24 32, gap 8", "[grow, fill]"));
        panel.add(title("Unlock your vault"));
        panel.add(new JLabel(folder.toString()), "gapbottom 8");
        panel.add(new JLabel("Passphrase"));
        panel.add(passphrase);
        panel.add(status, "gaptop 4");
        action.setText("Unlock");
        action.addActionListener(e -> unlock());
        panel.add(action, "right, growx 0");
        return panel;
    }

    private JPanel createPanel() {
        JPanel panel = new JPanel(new MigLayout("wrap 2, insets 24 32 24 32, gap 8", "[][grow, fill]"));
        panel.add(title("Create your vault"), "span 2");
        JLabel warning = new JLabel("<html><body style='width:360px'>Your notes are encrypted with this passphrase. "
                + "If you forget it, nobody — not even Goldseam's makers — can recover your notes. "
                + "Write it down somewhere safe.</body></html>");
        panel.add(warning, "span 2, gapbottom 8");
        JLabel location = new JLabel(folder.toString());
        JButton choose = new JButton("Change…");
        choose.addActionListener(e -> chooseFolder(location));
        panel.add(new JLabel("Folder"));
        panel.add(location, "split 2, growx");
        panel.add(choose);
        panel.add(new JLabel("Passphrase"));
        panel.add(passphrase);
        panel.add(new JLabel("Again"));
        panel.add(repeat);
        panel.add(strength, "skip 1");
        panel.add(status, "span 2");
        passphrase.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { showStrength(); }
            @Override public void removeUpdate(DocumentEvent e) { showStrength(); }
            @Override public void changedUpdate(DocumentEvent e) { showStrength(); }
        });
        action.setText("Create vault");
        action.addActionListener(e -> create());
        panel.add(action, "span 2, right, growx 0");
        showStrength();
        return panel;
    }

    private static JLabel title(String text) {
        JLabel label = new JLabel(text);
        label.putClientProperty("FlatLaf.styleClass", "h2");
        label.setFont(label.getFont().deriveFont(Font.BOLD));
        return label;
    }

    private void chooseFolder(JLabel location) {
        JFileChooser chooser = new JFileChooser(folder.getParent() == null ? null : folder.getParent().toFile());
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle("Folder for the new vault");
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            folder = chooser.getSelectedFile().toPath().resolve("goldseam");
            location.setText(folder.toString());
            frame.pack();
        }
    }

    private void showStrength() {
        char[] typed = passphrase.getPassword();
        strength.setText(switch (PassphrasePolicy.estimate(typed)) {
            case TOO_SHORT -> "At least " + PassphrasePolicy.MIN_LENGTH + " characters";
            case FAIR -> "Fair — a longer phrase is safer";
            case GOOD -> "Good";
            case STRONG -> "Strong";
        });
        Arrays.fill(typed, '\0');
    }

    private void create() {
        char[] first = passphrase.getPassword();
        char[] second = repeat.getPassword();
        if (!Arrays.equals(first, second)) {
            status.setText("The two passphrases differ.");
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
            return;
        }
        Arrays.fill(second, '\0');
        run("Creating the vault…", () -> context.vaults().create(folder, first), first);
    }

    private void unlock() {
        char[] typed = passphrase.getPassword();
        run("Unlocking…", () -> context.vaults().open(folder, typed), typed);
    }

    private void run(String busy, java.util.function.Supplier<Vault> work, char[] secret) {
        action.setEnabled(false);
        status.setText(busy);
        new SwingWorker<Vault, Void>() {
            @Override
            protected Vault doInBackground() {
                try {
                    return work.get();
                } finally {
                    Arrays.fill(secret, '\0');
                }
            }

            @Override
            protected void done() {
                action.setEnabled(true);
                try {
                    Vault vault = get();
                    frame.dispose();
                    new VaultWindow(vault, context, () -> new UnlockWindow(folder, context).show()).show();
                } catch (ExecutionException e) {
                    status.setText(e.getCause() instanceof VaultException vault
                            ? "<html><body style='width:360px'>" + escape(vault.getMessage()) + "</body></html>"
                            : "Something unexpected went wrong (" + e.getCause().getClass().getSimpleName()
                                    + "). Nothing was changed.");
                    passphrase.selectAll();
                    passphrase.requestFocusInWindow();
                    frame.pack();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
