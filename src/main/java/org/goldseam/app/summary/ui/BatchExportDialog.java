package org.goldseam.app.summary.ui;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.services.Exports;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.app.summary.BatchExportPresenter.Scope;
import org.goldseam.app.summary.BatchExportPresenter;
import org.goldseam.app.summary.RenderState;
import org.goldseam.app.summary.SummaryFolders;
import org.goldseam.app.summary.SummaryProperty;
import org.goldseam.summary.BatchReport;
import org.goldseam.summary.SummaryService;

/**
 * "Export summaries…": every active client, or the clients ticked in the list, for one period into
 * one folder. A progress bar and Cancel while it runs; then a report with a row per client, those
 * that could not be written first, each with the reason. Not modal; Escape cancels or closes.
 */
public final class BatchExportDialog {
    static final String TITLE = "Export summaries";

    private final BatchExportPresenter presenter;
    private final JDialog dialog;
    private final StatusBar status;
    private final BatchTables.Clients clientRows;
    private final BatchTables.Report reportRows = new BatchTables.Report();
    private final JTable clientTable;
    private final JScrollPane reportPane;
    private final JTable reportTable;
    private final JRadioButton allActive = FormParts.named(new JRadioButton("All active clients"), "Export all active clients");
    private final JRadioButton ticked = FormParts.named(new JRadioButton("Only the clients ticked below"),
            "Export only the ticked clients");
    private final javax.swing.JTextArea reportDetail = FormParts.named(new javax.swing.JTextArea(2, 40),
            "Details of the chosen row");
    private final JTextField folderField = FormParts.named(new JTextField(36), "Folder for the summaries");
    private final JButton choose = FormParts.named(new JButton("Choose\u2026"), "Choose the folder");
    private final JButton export = FormParts.named(new JButton("Export"), "Export the summaries");
    private final JButton showFolder = FormParts.named(new JButton("Show folder"), "Show the folder");
    private final JButton close = FormParts.named(new JButton("Close"), "Close");

    private BatchExportDialog(Window owner, BatchExportPresenter presenter, java.util.concurrent.Executor background) {
        this.presenter = presenter;
        this.dialog = ExportWindows.modeless(owner, TITLE, TITLE, this::escape);
        this.status = new StatusBar(presenter);
        this.clientRows = new BatchTables.Clients(presenter);

        clientTable = FormParts.named(new JTable(clientRows), "Clients");
        clientTable.setName("batch-clients");
        clientTable.setFillsViewportHeight(true);
        clientTable.getColumnModel().getColumn(0).setMaxWidth(70);
        clientTable.getColumnModel().getColumn(2).setMaxWidth(110);
        // Space ticks the selected rows, so the list works without a mouse; typing must not also start
        // the tick box's editor, which would flip the tick straight back
        clientTable.putClientProperty("JTable.autoStartsEdit", false);
        clientTable.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), "toggle-client");
        clientTable.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), "toggle-client");
        clientTable.getActionMap().put("toggle-client", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                for (int row : clientTable.getSelectedRows()) {
                    clientRows.toggle(clientTable.convertRowIndexToModel(row));
                }
            }
        });
        JScrollPane clientPane = new JScrollPane(clientTable);

        ButtonGroup scope = new ButtonGroup();
        scope.add(allActive);
        scope.add(ticked);
        allActive.setName("batch-all-active");
        allActive.setMnemonic(KeyEvent.VK_A);
        ticked.setName("batch-ticked");
        ticked.setMnemonic(KeyEvent.VK_T);
        allActive.addActionListener(e -> presenter.setScope(Scope.ALL_ACTIVE));
        ticked.addActionListener(e -> presenter.setScope(Scope.SELECTION));

        JPanel content = new JPanel(new MigLayout("insets 16 20 14 20, wrap 2, gap 12 10, hidemode 3",
                "[right][grow, fill]", "[][grow, fill][][][][][grow, fill][]"));
        content.add(FormParts.heading("Clients"), "top");
        JPanel scopes = new JPanel(new MigLayout("insets 0, gap 12"));
        scopes.add(allActive);
        scopes.add(ticked);
        content.add(scopes);
        content.add(new JLabel(), "");
        content.add(clientPane, "h 120:180:, wmin 0");
        content.add(FormParts.heading("Period"), "top");
        content.add(FormParts.period(presenter));
        content.add(FormParts.heading("Include"), "top, gaptop 6");
        content.add(FormParts.sections(presenter), "gaptop 6");

        JLabel folderLabel = FormParts.heading("Folder");
        folderLabel.setDisplayedMnemonic(KeyEvent.VK_F);
        folderLabel.setLabelFor(folderField);
        folderField.setName("batch-folder");
        folderField.setText(presenter.folder().toString());
        folderField.addActionListener(e -> commitFolder());
        choose.setMnemonic(KeyEvent.VK_H);
        choose.addActionListener(e -> chooseFolder());
        JPanel folderRow = new JPanel(new MigLayout("insets 0, gap 6", "[grow, fill][]"));
        folderRow.add(folderField, "wmin 200");
        folderRow.add(choose);
        content.add(folderLabel, "gaptop 6");
        content.add(folderRow, "gaptop 6");
        javax.swing.JCheckBox replace = FormParts.named(new javax.swing.JCheckBox("Replace summaries already in the folder"),
                "Replace summaries already in the folder");
        replace.setMnemonic(KeyEvent.VK_R);
        replace.addActionListener(e -> presenter.setReplaceExisting(replace.isSelected()));
        content.add(replace, "skip 1");

        reportTable = FormParts.named(new JTable(reportRows), "What became of each summary");
        reportTable.setName("batch-report");
        reportTable.getColumnModel().getColumn(0).setPreferredWidth(180);
        reportTable.getColumnModel().getColumn(1).setMinWidth(100);
        reportTable.getColumnModel().getColumn(1).setMaxWidth(120);
        reportTable.getColumnModel().getColumn(2).setPreferredWidth(420);
        reportTable.getSelectionModel().setSelectionMode(javax.swing.ListSelectionModel.SINGLE_SELECTION);
        // a reason can be a long sentence: the chosen row's details are shown in full beneath the table
        reportTable.getSelectionModel().addListSelectionListener(e -> {
            int row = reportTable.getSelectedRow();
            reportDetail.setText(row < 0 ? "" : java.util.Objects.toString(reportRows.getValueAt(reportTable.convertRowIndexToModel(row), 2), ""));
        });
        reportPane = new JScrollPane(reportTable);
        content.add(reportPane, "span 2, growx, h 90:120:, wmin 0");
        reportDetail.setName("batch-report-detail");
        reportDetail.setEditable(false);
        reportDetail.setLineWrap(true);
        reportDetail.setWrapStyleWord(true);
        reportDetail.setOpaque(false);
        reportDetail.setBorder(null);
        reportDetail.setFont(javax.swing.UIManager.getFont("Label.font"));
        content.add(reportDetail, "span 2, growx, wmin 0");
        content.add(status.component(), "span 2, growx, wmin 0");

        export.setName("batch-export");
        export.setMnemonic(KeyEvent.VK_E);
        export.addActionListener(e -> {
            if (commitFolder()) {
                presenter.export();
            }
        });
        showFolder.setName("batch-show-folder");
        showFolder.setMnemonic(KeyEvent.VK_S);
        showFolder.addActionListener(e -> Desktops.showFolder(dialog, presenter.folder(), background));
        close.setName("batch-close");
        close.addActionListener(e -> escape());
        JPanel buttons = new JPanel(new MigLayout("insets 0, gap 8, hidemode 3", "push[][][]"));
        buttons.add(showFolder);
        buttons.add(export);
        buttons.add(close);
        content.add(buttons, "span 2, growx");

        presenter.addListener(SummaryProperty.CLIENTS, e -> clientsChanged(e.getNewValue() instanceof List));
        presenter.addListener(SummaryProperty.STATE, e -> stateChanged());
        presenter.addListener(SummaryProperty.RESULT, e -> {
            reportRows.show(presenter.report());
            reportDetail.setText("");
            if (reportRows.getRowCount() > 0) {
                // the first row is a failure when there is one: its reason shows without a click
                reportTable.setRowSelectionInterval(0, 0);
            }
        });
        presenter.addListener(SummaryProperty.OUTPUT, e -> folderField.setText(presenter.folder().toString()));
        presenter.addListener(SummaryProperty.REPLACE_EXISTING, e -> replace.setSelected(presenter.replaceExisting()));
        dialog.setContentPane(content);
        clientsChanged(true);
        stateChanged();
        dialog.pack();
        dialog.setMinimumSize(dialog.getSize());
        dialog.setLocationRelativeTo(owner);
    }

    /** Opens the dialog; the summaries go into a dated folder inside the clinician's Documents folder (or home). */
    public static BatchExportDialog show(Window owner, VaultServices services, org.goldseam.app.tasks.BackgroundTasks tasks, AppPreferences prefs) {
        return show(owner, services, tasks, prefs, BatchExportPresenter.defaultFolder(SummaryFolders.defaultFolder(), services.clock()));
    }

    /** As {@link #show(Window, VaultServices, org.goldseam.app.tasks.BackgroundTasks, AppPreferences)}, into {@code folder}. */
    public static BatchExportDialog show(Window owner, VaultServices services, org.goldseam.app.tasks.BackgroundTasks tasks, AppPreferences prefs,
                                         Path folder) {
        BatchExportPresenter presenter = new BatchExportPresenter(Exports.summaries(services.vault(), services.clock(), prefs.auditActor()),
                services.clients(), services.clock(), prefs, folder, tasks.jobExecutor(), SwingUtilities::invokeLater);
        BatchExportDialog shown = new BatchExportDialog(owner, presenter, tasks.jobExecutor());
        ExportWindows.opened(shown, shown::close);
        presenter.loadClients();
        shown.dialog.setVisible(true);
        shown.export.requestFocusInWindow();
        return shown;
    }


    /** Cancels a running batch, drops the client list and report, and closes the dialog. */
    public void close() {
        ExportWindows.closed(this);
        presenter.clear();
        status.dispose();
        dialog.dispose();
    }

    JDialog dialog() {
        return dialog;
    }

    BatchExportPresenter presenter() {
        return presenter;
    }

    private void escape() {
        if (presenter.state() == RenderState.RENDERING) {
            presenter.cancel();
        } else {
            close();
        }
    }

    private void clientsChanged(boolean listChanged) {
        if (listChanged) {
            clientRows.reload();
        } else {
            clientRows.ticksChanged();
        }
        (presenter.scope() == Scope.ALL_ACTIVE ? allActive : ticked).setSelected(true);
    }

    private boolean commitFolder() {
        String typed = folderField.getText().strip();
        try {
            if (typed.isEmpty() || !Path.of(typed).isAbsolute()) {
                status.note("Give the folder as a full path, or use Choose\u2026 to pick one.");
                return false;
            }
            presenter.setFolder(Path.of(typed));
            return true;
        } catch (InvalidPathException e) {
            status.note("That is not a folder name this computer accepts; check for unusual characters.");
            return false;
        }
    }

    private void chooseFolder() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Folder for the summaries");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        Path current = presenter.folder();
        chooser.setCurrentDirectory((current.getParent() != null ? current.getParent() : current).toFile());
        if (chooser.showDialog(dialog, "Use this folder") == JFileChooser.APPROVE_OPTION) {
            presenter.setFolder(chooser.getSelectedFile().toPath());
        }
    }

    private void stateChanged() {
        RenderState state = presenter.state();
        boolean rendering = state == RenderState.RENDERING;
        BatchReport report = presenter.report();
        boolean finished = state.finished() && report != null;
        allActive.setEnabled(!rendering);
        ticked.setEnabled(!rendering);
        clientTable.setEnabled(!rendering);
        folderField.setEnabled(!rendering);
        choose.setEnabled(!rendering);
        export.setEnabled(!rendering);
        export.setText(finished ? "Export again" : "Export");
        close.setText(rendering ? "Cancel" : "Close");
        close.getAccessibleContext().setAccessibleName(rendering ? "Cancel the export" : "Close");
        reportPane.setVisible(finished && report != null && !report.items().isEmpty());
        reportDetail.setVisible(reportPane.isVisible());
        showFolder.setVisible(finished && report != null && !report.written().isEmpty());
        dialog.getRootPane().setDefaultButton(rendering ? null : finished && showFolder.isVisible() ? showFolder : export);
        FormParts.growToFit(dialog);
    }
}
