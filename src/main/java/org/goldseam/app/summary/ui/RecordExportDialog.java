package org.goldseam.app.summary.ui;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JRadioButton;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.summary.Progress;
import org.goldseam.app.summary.RecordExportPresenter;
import org.goldseam.app.summary.RecordExportProperty;
import org.goldseam.app.summary.RecordExporter;
import org.goldseam.app.summary.RecordFormat;
import org.goldseam.app.summary.RenderState;
import org.goldseam.app.summary.SummaryFolders;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.export.ExportResult;

/**
 * "Export record…" for the open client: the folder, the files (PDF and JSON, or one of them) and
 * the private notes (unticked; a warning shows while ticked). "Export" runs in the background with
 * a progress bar; "Open" and "Show folder" follow, as in the summary dialog. Not modal. Escape closes
 * it when nothing runs.
 */
public final class RecordExportDialog {
    static final String TITLE_PREFIX = "Export record \u2014 ";

    private final RecordExportPresenter presenter;
    private final JDialog dialog;
    private final JTextField folderField = FormParts.named(new JTextField(36), "Folder to export into");
    private final JButton choose = FormParts.named(new JButton("Choose\u2026"), "Choose the folder to export into");
    private final List<JRadioButton> formats = new ArrayList<>();
    private final JCheckBox privateNotes = FormParts.named(new JCheckBox("Include my private psychotherapy notes"),
            "Include my private psychotherapy notes");
    private final JTextArea warning = new JTextArea(3, 40);
    private final JProgressBar bar = FormParts.named(new JProgressBar(0, 100), "Progress");
    private final JTextArea message = new JTextArea(1, 40);
    private final JButton export = FormParts.named(new JButton("Export"), "Export the record");
    private final JButton open = FormParts.named(new JButton("Open"), "Open the exported PDF");
    private final JButton folder = FormParts.named(new JButton("Show folder"), "Show the folder");
    private final JButton close = FormParts.named(new JButton("Close"), "Close");

    RecordExportDialog(Window owner, RecordExportPresenter presenter, java.util.concurrent.Executor background) {
        this.presenter = presenter;
        String title = TITLE_PREFIX + presenter.clientName();
        this.dialog = ExportWindows.modeless(owner, title, title, this::escape);

        JPanel content = new JPanel(new MigLayout("insets 16 20 14 20, wrap 2, gap 12 10, hidemode 3", "[right][grow, fill]"));
        JLabel client = FormParts.named(new JLabel("The record of " + presenter.clientName()), "Client");
        client.putClientProperty("FlatLaf.styleClass", "h3");
        content.add(client, "span 2, left");
        content.add(FormParts.small("Everything Goldseam keeps about this client, for their right of access."),
                "span 2, left, wmin 0, gapbottom 4");

        JLabel into = FormParts.heading("Folder");
        into.setDisplayedMnemonic(KeyEvent.VK_F);
        into.setLabelFor(folderField);
        folderField.setName("record-folder");
        folderField.setText(presenter.folder().toString());
        folderField.addActionListener(e -> commitFolder());
        choose.setName("record-choose");
        choose.setMnemonic(KeyEvent.VK_H);
        choose.addActionListener(e -> chooseFolder());
        JPanel where = new JPanel(new MigLayout("insets 0, gap 6", "[grow, fill][]"));
        where.add(folderField, "wmin 200");
        where.add(choose);
        content.add(into);
        content.add(where);

        content.add(FormParts.heading("Files"), "top");
        JPanel files = new JPanel(new MigLayout("insets 0, gap 14", "[][][]"));
        ButtonGroup group = new ButtonGroup();
        for (RecordFormat format : RecordFormat.values()) {
            JRadioButton button = FormParts.named(new JRadioButton(format.label()), format.label());
            button.setName("record-format-" + format.name().toLowerCase(java.util.Locale.ROOT));
            button.setSelected(presenter.format() == format);
            button.addActionListener(e -> presenter.setFormat(format));
            group.add(button);
            formats.add(button);
            files.add(button);
        }
        content.add(files);

        privateNotes.setName("record-private-notes");
        privateNotes.setMnemonic(KeyEvent.VK_P);
        privateNotes.setSelected(presenter.includePrivateNotes());
        privateNotes.addActionListener(e -> presenter.setIncludePrivateNotes(privateNotes.isSelected()));
        content.add(privateNotes, "skip, gaptop 4");
        warning.setName("record-private-warning");
        sentence(warning, "Warning");
        warning.setForeground(FormParts.risk());
        content.add(warning, "skip, wmin 0");

        bar.setName("record-progress");
        bar.setStringPainted(true);
        message.setName("record-message");
        sentence(message, "Status");
        content.add(bar, "span 2, growx, gaptop 8, wmin 0");
        content.add(message, "span 2, growx, wmin 0");

        export.setName("record-export");
        export.setMnemonic(KeyEvent.VK_E);
        export.addActionListener(e -> {
            if (commitFolder()) {
                presenter.export();
            }
        });
        open.setName("record-open");
        open.setMnemonic(KeyEvent.VK_O);
        open.addActionListener(e -> {
            Path saved = presenter.fileToOpen();
            if (saved != null) { // the button shows only once a record is saved
                Desktops.openOrShow(dialog, saved, "The record is saved here; open it with your PDF viewer or editor:", background);
            }
        });
        folder.setName("record-show-folder");
        folder.setMnemonic(KeyEvent.VK_S);
        folder.addActionListener(e -> {
            Path saved = presenter.fileToOpen();
            Path savedIn = saved == null ? null : saved.toAbsolutePath().getParent();
            if (savedIn != null) { // the button shows only once a record is saved
                Desktops.openOrShow(dialog, savedIn, "The exported record is in this folder:", background);
            }
        });
        close.setName("record-close");
        close.addActionListener(e -> escape());
        JPanel buttons = new JPanel(new MigLayout("insets 0, gap 8, hidemode 3", "push[][][][]"));
        buttons.add(open);
        buttons.add(folder);
        buttons.add(export);
        buttons.add(close);
        content.add(buttons, "span 2, growx");

        presenter.addListener(RecordExportProperty.STATE, e -> stateChanged());
        presenter.addListener(RecordExportProperty.PROGRESS, e -> showProgress());
        presenter.addListener(RecordExportProperty.MESSAGE, e -> showMessage());
        presenter.addListener(RecordExportProperty.INCLUDE_PRIVATE_NOTES, e -> showWarning());
        presenter.addListener(RecordExportProperty.FOLDER, e -> folderField.setText(presenter.folder().toString()));
        dialog.setContentPane(content);
        showWarning();
        stateChanged();
        dialog.pack();
        dialog.setMinimumSize(dialog.getSize());
        dialog.setLocationRelativeTo(owner);
    }

    /** Opens the dialog for one client, exporting into the clinician's Documents folder (or home) unless they choose another. */
    public static RecordExportDialog show(Window owner, VaultServices services, BackgroundTasks tasks, long clientId,
                                          String clientName, String actor) {
        return show(owner, services, tasks, clientId, clientName, actor, SummaryFolders.defaultFolder());
    }

    /** As {@link #show(Window, VaultServices, BackgroundTasks, long, String, String)}, proposing {@code folder}. */
    public static RecordExportDialog show(Window owner, VaultServices services, BackgroundTasks tasks, long clientId,
                                          String clientName, String actor, Path folder) {
        // on the job lane, not the vault worker: a long record must not hold up autosaves
        RecordExportPresenter presenter = new RecordExportPresenter(RecordExporter.of(services.vault(), services.clock(), actor),
                tasks.jobLane(), SwingUtilities::invokeLater, clientId, clientName, folder);
        RecordExportDialog shown = new RecordExportDialog(owner, presenter, tasks.jobExecutor());
        ExportWindows.opened(shown, shown::close);
        shown.dialog.setVisible(true);
        shown.export.requestFocusInWindow();
        return shown;
    }


    /** Drops the client's data and closes the dialog; an export already running finishes and is audited, unseen. */
    public void close() {
        ExportWindows.closed(this);
        presenter.clear();
        folderField.setText("");
        dialog.setTitle("");
        dialog.getContentPane().removeAll();
        dialog.dispose();
    }

    JDialog dialog() {
        return dialog;
    }

    RecordExportPresenter presenter() {
        return presenter;
    }

    private void escape() {
        // an export cannot be stopped halfway (it writes all files or none); closing waits for it
        if (presenter.state() != RenderState.RENDERING) {
            close();
        }
    }

    private boolean commitFolder() {
        String typed = folderField.getText().strip();
        if (typed.isEmpty()) {
            folderField.setText(presenter.folder().toString());
            return true;
        }
        try {
            Path path = Path.of(typed);
            presenter.setFolder(path.isAbsolute() ? path : presenter.folder().resolve(path));
            return true;
        } catch (InvalidPathException e) {
            message.setForeground(FormParts.risk());
            message.setText("That is not a folder name this computer accepts; check for unusual characters.");
            return false;
        }
    }

    private void chooseFolder() {
        JFileChooser chooser = new JFileChooser(presenter.folder().toFile());
        chooser.setDialogTitle("Export the record into");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setAcceptAllFileFilterUsed(false);
        if (chooser.showDialog(dialog, "Choose") == JFileChooser.APPROVE_OPTION) {
            presenter.setFolder(chooser.getSelectedFile().toPath());
        }
    }

    /** A read-only, wrapping line of text: long messages (the glyph check names characters) stay whole. */
    private static void sentence(JTextArea area, String accessibleName) {
        area.setEditable(false);
        area.setFocusable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setBorder(null);
        area.getAccessibleContext().setAccessibleName(accessibleName);
    }

    private void showWarning() {
        String text = presenter.privateNotesWarning();
        warning.setText(text == null ? "" : text);
        warning.setVisible(text != null);
        FormParts.growToFit(dialog);
    }

    private void showProgress() {
        Progress progress = presenter.progress();
        bar.setIndeterminate(progress.total() <= 0);
        bar.setValue(progress.percent());
        bar.setString(progress.message());
        bar.getAccessibleContext().setAccessibleDescription(progress.message());
    }

    private void showMessage() {
        String text = presenter.message();
        message.setForeground(presenter.state() == RenderState.DONE ? FormParts.muted() : FormParts.risk());
        message.setText(text == null ? "" : text);
    }

    private void stateChanged() {
        RenderState state = presenter.state();
        boolean running = state == RenderState.RENDERING;
        ExportResult result = state == RenderState.DONE ? presenter.result() : null;
        boolean done = result != null; // DONE always comes with its result
        folderField.setEnabled(!running);
        choose.setEnabled(!running);
        formats.forEach(button -> button.setEnabled(!running));
        privateNotes.setEnabled(!running);
        export.setEnabled(!running);
        export.setText(done ? "Export again" : "Export");
        close.setEnabled(!running);
        bar.setVisible(running);
        open.setVisible(done && Desktops.canOpen());
        folder.setVisible(done);
        showMessage();
        if (result != null) {
            message.setForeground(FormParts.muted());
            message.setText("Saved " + String.join(" and ", result.files().stream().map(f -> f.getFileName().toString()).toList())
                    + (result.includesPrivateNotes() ? " \u00B7 with private notes" : ""));
            ExportWindows.offerResult(dialog, open, folder);
        } else {
            dialog.getRootPane().setDefaultButton(running ? null : export);
        }
        FormParts.growToFit(dialog);
    }
}
