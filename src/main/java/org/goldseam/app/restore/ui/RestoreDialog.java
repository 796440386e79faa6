package org.goldseam.app.restore.ui;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.restore.BackupChoice;
import org.goldseam.app.restore.RestorePresenter.Property;
import org.goldseam.app.restore.RestorePresenter;
import org.goldseam.app.restore.RestoreState;
import org.goldseam.app.restore.RestoreWords;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.backup.BackupProgress;
import org.jspecify.annotations.Nullable;

/**
 * "Restore from backup": the backups in the backup folder newest first, "Choose file…" for one kept
 * elsewhere, the backup's passphrase, and a confirmation naming what will be replaced before
 * anything is. Runs on a worker of its own: it is used while the vault is locked, when the app has
 * no vault worker.
 */
public final class RestoreDialog {
    /** Long folder names and sentences wrap at this width instead of widening the dialog. */
    private static final String WRAP = "<html><body style='width:540px'>";
    private final RestorePresenter presenter;
    private final ZoneId zone;
    private final JDialog dialog;
    private final BackupTable model = new BackupTable();
    private final JTable table = new JTable(model);
    private final JPasswordField passphrase = new JPasswordField(24);
    private final JLabel message = new JLabel(" ");
    private final JLabel working = new JLabel(" ");
    private final JProgressBar progress = new JProgressBar();
    private final JButton choose = new JButton("Choose file\u2026");
    private final JButton restore = new JButton("Restore\u2026");
    private final JButton close = new JButton("Close");
    private boolean showingSelection;

    private RestoreDialog(@Nullable Window owner, RestorePresenter presenter, BackgroundTasks tasks, ZoneId zone,
                          Consumer<Boolean> onClosed) {
        this.presenter = presenter;
        this.zone = zone;
        dialog = new JDialog(owner, "Restore from backup", JDialog.ModalityType.APPLICATION_MODAL);
        // not while the restore runs: its outcome, and where the replaced vault went, must be seen
        dialog.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        dialog.getRootPane().getAccessibleContext().setAccessibleName("Restore from backup");

        table.setName("backups");
        table.getAccessibleContext().setAccessibleName("Backups");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getSelectionModel().addListSelectionListener(e -> {
            int row = table.getSelectedRow();
            if (!e.getValueIsAdjusting() && !showingSelection && row >= 0) {
                presenter.select(model.row(table.convertRowIndexToModel(row)));
            }
        });
        passphrase.setName("restorePassphrase");
        passphrase.getAccessibleContext().setAccessibleName("Passphrase of the backup");
        passphrase.putClientProperty("JPasswordField.showRevealButton", true);
        message.setName("restoreMessage");
        progress.setIndeterminate(true);
        progress.setName("restoreProgress");
        working.setName("restoreWorking");
        choose.setName("chooseBackupFile");
        choose.addActionListener(e -> chooseFile());
        restore.setName("restore");
        restore.addActionListener(e -> confirmAndRestore());
        close.setName("closeRestore");
        close.addActionListener(e -> dialog.dispose());

        JPanel content = new JPanel(new MigLayout("insets 16, wrap 1, fill, hidemode 3", "[grow, fill]", "[][grow, fill][][][][][]"));
        content.add(new JLabel(WRAP + "Backups in " + org.goldseam.app.ui.common.Html.escape(presenter.backupFolder().toString())
                + ", newest first. The vault in " + org.goldseam.app.ui.common.Html.escape(presenter.vaultFolder().toString())
                + " is replaced only after you confirm; it is kept as a backup file.</body></html>"), "wmin 0");
        content.add(new JScrollPane(table), "h 160:220:");
        content.add(choose, "right, growx 0");
        content.add(new JLabel("Passphrase that was in use when the backup was made"), "gaptop 8");
        content.add(passphrase, "growx 0, w 300!");
        content.add(working, "split 2, growx 0");
        content.add(progress, "w 200!");
        content.add(message, "wmin 0");
        content.add(restore, "split 2, gapleft push, growx 0, gaptop 8");
        content.add(close, "growx 0");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(restore);
        dialog.setMinimumSize(new Dimension(640, 480));
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                if (presenter.state() != RestoreState.RESTORING) {
                    dialog.dispose();
                }
            }

            @Override
            public void windowClosed(WindowEvent e) {
                tasks.shutdownWhenDone();
                onClosed.accept(presenter.state() == RestoreState.RESTORED);
            }
        });

        presenter.addListener(Property.BACKUPS, e -> model.show(presenter.backups()));
        presenter.addListener(Property.SELECTED, e -> showSelection());
        presenter.addListener(Property.STATE, e -> showState());
        presenter.addListener(Property.PHASE, e -> showState());
        presenter.addListener(Property.MESSAGE, e -> showMessage());
        showState();
    }

    /**
     * Opens the dialog. {@code preselect} (may be null) is the backup to start on, e.g. the newest of
     * a damaged vault; {@code onClosed} is told whether a backup was put in place.
     */
    public static RestoreDialog show(Component parent, RestorePresenter presenter, BackgroundTasks tasks, ZoneId zone,
                                     @Nullable Path preselect, Consumer<Boolean> onClosed) {
        Window owner = parent == null ? null : SwingUtilities.getWindowAncestor(parent);
        if (owner == null && parent instanceof Window window) {
            owner = window;
        }
        RestoreDialog shown = new RestoreDialog(owner, presenter, tasks, zone, onClosed);
        presenter.load(preselect);
        // modal: setVisible blocks this call until the dialog closes, so it is queued rather than run here
        SwingUtilities.invokeLater(() -> {
            shown.dialog.setVisible(true);
        });
        return shown;
    }

    JDialog dialog() {
        return dialog;
    }

    private void chooseFile() {
        JFileChooser chooser = new JFileChooser(presenter.backupFolder().toFile());
        chooser.setDialogTitle("Backup file to restore");
        chooser.setFileFilter(new FileNameExtensionFilter("Goldseam backups (*.zip)", "zip"));
        if (chooser.showOpenDialog(dialog) == JFileChooser.APPROVE_OPTION) {
            presenter.chooseFile(chooser.getSelectedFile().toPath());
        }
    }

    private void confirmAndRestore() {
        String question = presenter.question();
        char[] typed = passphrase.getPassword();
        if (question == null || typed.length == 0) {
            presenter.restore(typed); // refuses, saying what is missing
            return;
        }
        int answer = JOptionPane.showConfirmDialog(dialog, question, "Replace the vault?", JOptionPane.YES_NO_OPTION,
                JOptionPane.WARNING_MESSAGE);
        if (answer == JOptionPane.YES_OPTION) {
            presenter.restore(typed);
        } else {
            java.util.Arrays.fill(typed, '\0');
        }
    }

    private void showSelection() {
        showingSelection = true;
        try {
            BackupChoice chosen = presenter.selected();
            // List.of lists refuse indexOf(null)
            int row = chosen == null ? -1 : model.rows().indexOf(chosen);
            if (row >= 0) {
                int view = table.convertRowIndexToView(row);
                table.setRowSelectionInterval(view, view);
                table.scrollRectToVisible(table.getCellRect(view, 0, true));
            } else {
                table.clearSelection();
            }
        } finally {
            showingSelection = false;
        }
    }

    private void showState() {
        RestoreState state = presenter.state();
        boolean busy = state == RestoreState.LISTING || state == RestoreState.RESTORING;
        progress.setVisible(busy);
        working.setVisible(busy);
        working.setText(state == RestoreState.LISTING ? "Reading the backup folder\u2026" : phaseText(presenter.phase()));
        boolean open = state == RestoreState.READY;
        restore.setEnabled(open);
        close.setEnabled(state != RestoreState.RESTORING);
        choose.setEnabled(open);
        table.setEnabled(open);
        // read-only rather than disabled: a disabled field drops the keyboard focus, and with every other
        // control disabled too the dialog would be left with none
        passphrase.setEditable(open);
        if (state == RestoreState.RESTORED) {
            passphrase.setText("");
            close.setText("Done");
            dialog.getRootPane().setDefaultButton(close);
        }
        if (state == RestoreState.READY && presenter.backups().isEmpty() && presenter.message() == null) {
            message.setText(WRAP + "No backups were found in that folder. Use \u201cChoose file\u2026\u201d to pick one.</body></html>");
        }
    }

    private static String phaseText(BackupProgress.@Nullable Phase phase) {
        if (phase == null) {
            return "Restoring\u2026";
        }
        return switch (phase) {
            case UNPACKING -> "Unpacking the backup\u2026";
            case VERIFYING -> "Opening and checking the backup\u2026";
            case REPLACING -> "Putting the backup in place\u2026";
            case COPYING, PACKING, PRUNING -> "Restoring\u2026";
        };
    }

    private void showMessage() {
        String text = presenter.message();
        message.setText(text == null ? " " : WRAP + org.goldseam.app.ui.common.Html.escape(text) + "</body></html>");
        if (text != null && presenter.state() == RestoreState.READY) {
            passphrase.selectAll();
            passphrase.requestFocusInWindow();
        }
        dialog.pack();
    }

    /** The backups as rows: when, why, how large, which file. */
    private final class BackupTable extends org.goldseam.app.ui.common.RowTableModel<BackupChoice> {
        private static final long serialVersionUID = 1L;

        BackupTable() {
            super("Made on", "Why", "Size", "File");
        }

        void show(List<BackupChoice> backups) {
            setRows(backups);
            showSelection();
        }

        @Override
        protected Object value(BackupChoice choice, int column) {
            return switch (column) {
                case 0 -> RestoreWords.when(choice.manifest().createdAt(), zone);
                case 1 -> RestoreWords.kind(choice.manifest().kind());
                case 2 -> RestoreWords.size(choice.size());
                default -> choice.path().getFileName().toString();
            };
        }
    }
}
