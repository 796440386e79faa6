package org.goldseam.app.ui;

import org.goldseam.app.ui.common.Html;
import java.awt.Font;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.restore.DamagedVaultBackups;
import org.goldseam.app.restore.RestoreWords;
import org.goldseam.app.workspace.UnlockAttempts;
import org.goldseam.backup.BackupFile;
import org.goldseam.clinician.ClinicianIdentity;
import org.goldseam.app.services.Clinicians;
import org.goldseam.vault.PassphrasePolicy;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultProblem;
import org.goldseam.vault.Vaults;
import org.jspecify.annotations.Nullable;

/**
 * The first screen, and the screen behind which a locked vault waits: unlock it, or create one on
 * first run. Key derivation takes about half a second on purpose, so it runs on the app's {@link BackgroundTasks}
 * with a visible "Unlocking…" state; every refusal is a dialog saying what to do next.
 */
final class UnlockPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient Vaults vaults;
    private final transient Consumer<Vault> onOpened;
    private final transient UnlockAttempts attempts;
    private final transient RestoreLauncher restore;
    private final JPasswordField passphrase = new JPasswordField(26);
    private final JPasswordField repeat = new JPasswordField(26);
    /** On the create card: who signs the new vault's notes (both required, kept in the vault). */
    private final JTextField clinicianName = ClinicianDialog.nameField("");
    private final JTextField clinicianCredentials = ClinicianDialog.credentialsField("");
    private final JLabel status = new JLabel(" ");
    private final JLabel strength = new JLabel(" ");
    private final JButton action = new JButton();
    private static final String CLOSING = "Finishing work in progress, then closing the vault safely\u2026";
    /** The vault just locked is still closing; see {@link #setClosing}. */
    private boolean closing;
    /** The current card's "Restore from backup…": it waits for a closing vault too. */
    private JButton restoreAction;
    private Path folder;
    /** Where opening and creating run: never closed, it serves no vault session. */
    private final transient BackgroundTasks tasks;

    UnlockPanel(Path folder, Vaults vaults, UnlockAttempts attempts, RestoreLauncher restore, Consumer<Vault> onOpened,
                BackgroundTasks tasks) {
        super(new MigLayout("fill, insets 0", "[center]", "[center]"));
        this.tasks = tasks;
        this.folder = folder;
        this.vaults = vaults;
        this.onOpened = onOpened;
        this.attempts = attempts;
        this.restore = restore;
        passphrase.setName("passphrase");
        repeat.setName("passphraseAgain");
        action.setName("unlockAction");
        status.setName("unlockStatus");
        passphrase.getAccessibleContext().setAccessibleName("Passphrase");
        repeat.getAccessibleContext().setAccessibleName("Passphrase again");
        passphrase.putClientProperty("JPasswordField.showRevealButton", true);
        repeat.putClientProperty("JPasswordField.showRevealButton", true);
        showForm(null);
    }

    /**
     * While the vault that was just locked is still closing (its last save, the closing backup, the
     * search index), the form is shown but Unlock waits, saying why.
     */
    void setClosing(boolean closing) {
        this.closing = closing;
        action.setEnabled(!closing);
        if (restoreAction != null) {
            restoreAction.setEnabled(!closing);
        }
        status.setText(closing ? CLOSING : " ");
    }

    /** Shown while quitting: the vault is closing once running work has finished; the window then goes. */
    void showQuitting() {
        showForm("Goldseam is finishing what it was doing and closes by itself in a moment.");
    }

    /** Shown after locking: the same form, with a line saying why it is here. */
    void showLocked() {
        showForm("Goldseam locked itself to keep your notes private. Unlock to return to where you were.");
    }

    private void showForm(@Nullable String note) {
        removeAll();
        passphrase.setText("");
        repeat.setText("");
        status.setText(" ");
        for (var listener : action.getActionListeners()) {
            action.removeActionListener(listener);
        }
        // a vault that lost its header is still a vault: unlocking says so and offers the newest backup
        boolean exists = new VaultFiles(folder).anyPartPresent();
        add(exists ? unlockCard(note) : createCard());
        action.setEnabled(!closing);
        restoreAction.setEnabled(!closing);
        if (closing) {
            status.setText(CLOSING);
        }
        revalidate();
        repaint();
        SwingUtilities.invokeLater(() -> {
            if (getRootPane() != null) {
                getRootPane().setDefaultButton(action);
            }
            passphrase.requestFocusInWindow();
        });
    }

    private JPanel unlockCard(@Nullable String note) {
        JPanel card = new JPanel(new MigLayout("wrap 1, insets 28 36 28 36, gap 8", "[360!, fill]"));
        card.add(title("Unlock your vault"));
        if (note != null) {
            card.add(wrapped(note), "gapbottom 4");
        }
        JLabel where = new JLabel(folder.toString());
        where.putClientProperty("FlatLaf.styleClass", "small");
        card.add(where, "gapbottom 8");
        card.add(new JLabel("Passphrase"));
        card.add(passphrase);
        card.add(status);
        action.setText("Unlock");
        action.addActionListener(e -> unlock());
        card.add(restoreButton(), "split 2, growx 0");
        card.add(action, "gapleft push, growx 0");
        return card;
    }

    private JPanel createCard() {
        JPanel card = new JPanel(new MigLayout("wrap 2, insets 28 36 28 36, gap 8", "[][300!, fill]"));
        card.add(title("Create your vault"), "span 2");
        card.add(wrapped("Your notes are encrypted with this passphrase. If you forget it, nobody — not even "
                + "Goldseam's makers — can recover your notes. Write it down and keep it somewhere safe."), "span 2, gapbottom 8");
        JLabel location = new JLabel(folder.toString());
        JButton choose = new JButton("Change…");
        choose.getAccessibleContext().setAccessibleName("Choose the vault folder");
        choose.addActionListener(e -> chooseFolder(location));
        card.add(new JLabel("Folder"));
        card.add(location, "split 2, growx, wmax 220");
        card.add(choose);
        card.add(new JLabel("Passphrase"));
        card.add(passphrase);
        card.add(new JLabel("Again"));
        card.add(repeat);
        card.add(strength, "skip 1");
        card.add(wrapped("Who signs the notes in this vault: " + ClinicianDialog.WHY), "span 2, gaptop 8");
        card.add(new JLabel("Your name"));
        card.add(clinicianName);
        card.add(new JLabel("Credentials"));
        card.add(clinicianCredentials);
        card.add(status, "span 2");
        passphrase.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { showStrength(); }
            @Override public void removeUpdate(DocumentEvent e) { showStrength(); }
            @Override public void changedUpdate(DocumentEvent e) { showStrength(); }
        });
        action.setText("Create vault");
        action.addActionListener(e -> create());
        card.add(restoreButton(), "span 2, split 2, growx 0");
        card.add(action, "gapleft push, growx 0");
        showStrength();
        return card;
    }

    /** On both cards: a new computer starts from a backup as often as a damaged vault does. */
    private JButton restoreButton() {
        JButton button = new JButton("Restore from backup\u2026");
        button.setName("restoreFromBackup");
        button.addActionListener(e -> openRestore(null));
        restoreAction = button;
        return button;
    }

    /** The vault folder this screen opens (or creates), for the About dialog. */
    Path folder() {
        return folder;
    }

    /** Opens the restore dialog on this folder; after a restore the unlock form says what to type. */
    void openRestore(@Nullable Path preselect) {
        restore.open(this, folder, preselect, () -> showForm("The backup is in place. Unlock it with the passphrase "
                + "that was in use when the backup was made."));
    }

    private static JLabel title(String text) {
        JLabel label = new JLabel(text);
        label.putClientProperty("FlatLaf.styleClass", "h2");
        label.setFont(label.getFont().deriveFont(Font.BOLD));
        return label;
    }

    private static JLabel wrapped(@Nullable String text) {
        return new JLabel("<html><body style='width:330px'>" + Html.escape(text) + "</body></html>");
    }

    private void chooseFolder(JLabel location) {
        JFileChooser chooser = new JFileChooser(folder.getParent() == null ? null : folder.getParent().toFile());
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle("Folder for the new vault");
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            folder = chooser.getSelectedFile().toPath().resolve("goldseam");
            location.setText(folder.toString());
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
        ClinicianIdentity clinician;
        try {
            clinician = new ClinicianIdentity(clinicianName.getText(), clinicianCredentials.getText());
        } catch (IllegalArgumentException missing) {
            status.setText(missing.getMessage());
            (clinicianName.getText().isBlank() ? clinicianName : clinicianCredentials).requestFocusInWindow();
            return;
        }
        char[] first = passphrase.getPassword();
        char[] second = repeat.getPassword();
        boolean same = Arrays.equals(first, second);
        Arrays.fill(second, '\0');
        if (!same) {
            Arrays.fill(first, '\0');
            status.setText("The two passphrases differ.");
            repeat.requestFocusInWindow();
            return;
        }
        Path target = folder;
        run("Creating your vault…", () -> {
            Vault created = vaults.create(target, first);
            try {
                new Clinicians(created, vaults.clock()).set(clinician);
            } catch (RuntimeException e) {
                created.close();
                throw e;
            }
            return created;
        }, first);
    }

    private void unlock() {
        char[] typed = passphrase.getPassword();
        Path target = folder;
        run("Unlocking…", () -> vaults.open(target, typed), typed);
    }

    private void run(String busy, java.util.function.Supplier<Vault> work, char[] secret) {
        action.setEnabled(false);
        status.setText(busy);
        Path target = folder;
        Path configuredBackups = restore.configuredFolder();
        // key derivation takes about half a second on purpose: on the app's task helper, off the event thread
        tasks.run(() -> {
            try {
                return work.get();
            } catch (VaultException e) {
                if (e.problem() == VaultProblem.DAMAGED) {
                    // for a damaged vault: the backup to offer, looked up here, off the event thread
                    throw new Refused(e, DamagedVaultBackups.newest(e.vaultFolder().orElse(target), configuredBackups));
                }
                throw e;
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, opened -> {
            action.setEnabled(true);
            status.setText(" ");
            passphrase.setText("");
            repeat.setText("");
            onOpened.accept(opened);
        }, error -> {
            action.setEnabled(true);
            status.setText(" ");
            if (error instanceof Refused refused) {
                refused(refused.refusal, refused.newestBackup);
            } else {
                refused(error, Optional.empty());
            }
        });
    }

    /** A damaged vault refused, with its newest backup (if any) to offer. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Optional<BackupFile> newestBackup;
        /** The cause, kept with its type: {@code getCause()} may in general be null, this never is. */
        private final VaultException refusal;

        Refused(VaultException cause, Optional<BackupFile> newestBackup) {
            super(cause);
            this.newestBackup = newestBackup;
            this.refusal = cause;
        }
    }

    private void refused(Throwable cause, Optional<BackupFile> newestBackup) {
        String title = "Goldseam";
        String message;
        if (cause instanceof VaultException vault) {
            title = titleFor(vault.problem());
            message = vault.getMessage();
            if (vault.problem() == VaultProblem.WRONG_PASSPHRASE) {
                attempts.failed();
            }
            if (vault.problem() == VaultProblem.DAMAGED && newestBackup.isPresent()) {
                offerRestore(title, message, newestBackup.get());
                return;
            }
        } else {
            message = "Something unexpected stopped Goldseam (" + cause.getClass().getSimpleName()
                    + "). Nothing in the vault was changed. Please try again, and report it if it happens again.";
        }
        JOptionPane.showMessageDialog(this, wrapped(message), title, JOptionPane.ERROR_MESSAGE);
        passphrase.selectAll();
        passphrase.requestFocusInWindow();
    }

    /** A damaged vault: say so, and offer the newest backup; nothing is replaced without the restore dialog's confirmation. */
    private void offerRestore(String title, @Nullable String message, BackupFile newest) {
        Object[] options = {"Restore newest backup\u2026", "Close"};
        int chosen = JOptionPane.showOptionDialog(this, wrapped(message + "\n\n" + RestoreWords.offer(newest, restore.zone())),
                title, JOptionPane.DEFAULT_OPTION, JOptionPane.ERROR_MESSAGE, null, options, options[1]);
        if (chosen == 0) {
            openRestore(newest.path());
        }
    }

    private static String titleFor(VaultProblem problem) {
        return switch (problem) {
            case WRONG_PASSPHRASE -> "Wrong passphrase";
            case WEAK_PASSPHRASE -> "Passphrase too short";
            case IN_USE -> "Vault already open";
            case DAMAGED -> "Vault damaged";
            case TOO_NEW -> "Vault from a newer Goldseam";
            case NOT_FOUND -> "No vault here";
            case ALREADY_EXISTS -> "A vault is already here";
            case STORAGE -> "The disk refused";
        };
    }
}
