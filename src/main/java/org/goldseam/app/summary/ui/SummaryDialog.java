package org.goldseam.app.summary.ui;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.services.Exports;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.app.summary.RenderState;
import org.goldseam.app.summary.SummaryFolders;
import org.goldseam.app.summary.SummaryPresenter;
import org.goldseam.app.summary.SummaryProperty;
import org.goldseam.summary.SummaryResult;
import org.goldseam.summary.SummaryService;

/**
 * "Progress summary…" for one client: the period, the sections, initials only and the file; then
 * "Make summary" renders in the background with a progress bar, and "Open" or "Show folder" follow.
 * Not modal, so the clinician can keep writing while it renders. Enter makes the summary, Escape
 * cancels a running one or closes the dialog.
 */
public final class SummaryDialog {
    static final String TITLE_PREFIX = "Progress summary \u2014 ";

    private final SummaryPresenter presenter;
    private final JDialog dialog;
    private final StatusBar status;
    private final JTextField output = FormParts.named(new JTextField(36), "Save the summary as");
    private final JButton make = FormParts.named(new JButton("Make summary"), "Make summary");
    private final JButton open = FormParts.named(new JButton("Open"), "Open the summary");
    private final JButton folder = FormParts.named(new JButton("Show folder"), "Show the folder");
    private final JButton close = FormParts.named(new JButton("Close"), "Close");
    private final JButton choose = FormParts.named(new JButton("Choose\u2026"), "Choose where to save the summary");

    private SummaryDialog(Window owner, SummaryPresenter presenter, java.util.concurrent.Executor background) {
        this.presenter = presenter;
        String title = TITLE_PREFIX + presenter.clientName();
        this.dialog = ExportWindows.modeless(owner, title, title, this::escape);
        this.status = new StatusBar(presenter);

        JPanel content = new JPanel(new MigLayout("insets 16 20 14 20, wrap 2, gap 12 10", "[right][grow, fill]"));
        // the client's name in the window itself, not only in a title bar some desktops hide
        JLabel client = FormParts.named(new JLabel("Progress summary for " + presenter.clientName()), "Client");
        client.setName("summary-client");
        client.putClientProperty("FlatLaf.styleClass", "h3");
        content.add(client, "span 2, left, gapbottom 4");
        content.add(FormParts.heading("Period"), "top");
        content.add(FormParts.period(presenter));
        content.add(FormParts.heading("Include"), "top, gaptop 6");
        content.add(FormParts.sections(presenter), "gaptop 6");

        JLabel saveAs = FormParts.heading("Save as");
        saveAs.setDisplayedMnemonic(KeyEvent.VK_S);
        saveAs.setLabelFor(output);
        output.setName("summary-output");
        output.setText(presenter.output().toString());
        output.addActionListener(e -> commitOutput());
        output.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                if (!e.isTemporary()) {
                    commitOutput();
                }
            }
        });
        choose.setMnemonic(KeyEvent.VK_H);
        choose.addActionListener(e -> chooseFile());
        JPanel file = new JPanel(new MigLayout("insets 0, gap 6", "[grow, fill][]"));
        file.add(output, "wmin 200");
        file.add(choose);
        content.add(saveAs, "gaptop 6");
        content.add(file, "gaptop 6");

        content.add(status.component(), "span 2, growx, gaptop 10, wmin 0");
        make.setName("summary-make");
        make.setMnemonic(KeyEvent.VK_M);
        make.addActionListener(e -> makeSummary());
        open.setName("summary-open");
        open.setMnemonic(KeyEvent.VK_O);
        open.addActionListener(e -> {
            SummaryResult result = presenter.result();
            if (result != null) { // the button shows only once a summary is saved
                Desktops.open(dialog, result.file(), background);
            }
        });
        folder.setName("summary-folder");
        folder.setMnemonic(KeyEvent.VK_F);
        folder.addActionListener(e -> {
            SummaryResult result = presenter.result();
            Path saved = result == null ? null : result.file().getParent();
            if (saved != null) { // the button shows only once a summary is saved
                Desktops.showFolder(dialog, saved, background);
            }
        });
        close.setName("summary-close");
        close.addActionListener(e -> escape());
        JPanel buttons = new JPanel(new MigLayout("insets 0, gap 8, hidemode 3", "push[][][][]"));
        buttons.add(open);
        buttons.add(folder);
        buttons.add(make);
        buttons.add(close);
        content.add(buttons, "span 2, growx");

        presenter.addListener(SummaryProperty.STATE, e -> stateChanged());
        presenter.addListener(SummaryProperty.OUTPUT, e -> output.setText(presenter.output().toString()));
        dialog.setContentPane(content);
        stateChanged();
        dialog.pack();
        dialog.setMinimumSize(dialog.getSize());
        dialog.setLocationRelativeTo(owner);
    }

    /** Opens the dialog for one client, saving into the clinician's Documents folder (or home). */
    public static SummaryDialog show(Window owner, VaultServices services, org.goldseam.app.tasks.BackgroundTasks tasks, long clientId,
                                     String clientName, AppPreferences prefs) {
        return show(owner, services, tasks, clientId, clientName, prefs, SummaryFolders.defaultFolder());
    }

    /** As {@link #show(Window, VaultServices, org.goldseam.app.tasks.BackgroundTasks, long, String, AppPreferences)}, with the default file in {@code folder}. */
    public static SummaryDialog show(Window owner, VaultServices services, org.goldseam.app.tasks.BackgroundTasks tasks, long clientId,
                                     String clientName, AppPreferences prefs, Path folder) {
        SummaryPresenter presenter = new SummaryPresenter(Exports.summaries(services.vault(), services.clock(), prefs.auditActor()),
                services.clock(), prefs, clientId, clientName, folder, tasks.jobExecutor(), SwingUtilities::invokeLater);
        SummaryDialog shown = new SummaryDialog(owner, presenter, tasks.jobExecutor());
        ExportWindows.opened(shown, shown::close);
        shown.dialog.setVisible(true);
        shown.make.requestFocusInWindow();
        return shown;
    }


    /** Cancels a running summary, drops the client's data and closes the dialog. */
    public void close() {
        ExportWindows.closed(this);
        presenter.clear();
        status.dispose();
        output.setText("");
        dialog.setTitle("");
        dialog.getContentPane().removeAll();
        dialog.dispose();
    }

    JDialog dialog() {
        return dialog;
    }

    SummaryPresenter presenter() {
        return presenter;
    }

    private void escape() {
        if (presenter.state() == RenderState.RENDERING) {
            presenter.cancel();
        } else {
            close();
        }
    }

    private boolean commitOutput() {
        String typed = output.getText().strip();
        if (typed.isEmpty()) {
            output.setText(presenter.output().toString());
            return true;
        }
        try {
            Path path = Path.of(typed);
            // a bare name goes into the folder shown before, not into whatever the working directory is
            presenter.setOutput(path.isAbsolute() ? path : presenter.output().resolveSibling(path));
            return true;
        } catch (InvalidPathException e) {
            status.note("That is not a file name this computer accepts; check for unusual characters.");
            return false;
        }
    }

    private void chooseFile() {
        Path folder = presenter.output().toAbsolutePath().getParent();
        JFileChooser chooser = new JFileChooser(folder == null ? null : folder.toFile());
        chooser.setDialogTitle("Save the summary as");
        chooser.setSelectedFile(presenter.output().toFile());
        chooser.setFileFilter(new FileNameExtensionFilter("PDF documents", "pdf"));
        if (chooser.showSaveDialog(dialog) == JFileChooser.APPROVE_OPTION) {
            presenter.setOutput(chooser.getSelectedFile().toPath());
        }
    }

    private void makeSummary() {
        if (!commitOutput()) {
            return;
        }
        if (presenter.outputExists() && !presenter.replaceExisting()) {
            int answer = JOptionPane.showConfirmDialog(dialog, "A file named \u201C" + presenter.output().getFileName()
                    + "\u201D is already in that folder. Replace it?", "Replace the file?", JOptionPane.YES_NO_OPTION,
                    JOptionPane.QUESTION_MESSAGE);
            if (answer != JOptionPane.YES_OPTION) {
                output.requestFocusInWindow();
                return;
            }
            presenter.setReplaceExisting(true);
        }
        presenter.render();
    }

    private void stateChanged() {
        RenderState state = presenter.state();
        boolean rendering = state == RenderState.RENDERING;
        SummaryResult result = state == RenderState.DONE ? presenter.result() : null;
        boolean done = result != null; // DONE always comes with its result
        output.setEnabled(!rendering);
        choose.setEnabled(!rendering);
        make.setEnabled(!rendering);
        make.setText(done ? "Make again" : "Make summary");
        close.setText(rendering ? "Cancel" : "Close");
        close.getAccessibleContext().setAccessibleName(rendering ? "Cancel the summary" : "Close");
        open.setVisible(done && Desktops.canOpen());
        folder.setVisible(done);
        if (result != null) {
            status.note("Saved " + result.file().getFileName() + " \u00B7 " + result.pages()
                    + (result.pages() == 1 ? " page" : " pages"));
            ExportWindows.offerResult(dialog, open, folder);
        } else {
            dialog.getRootPane().setDefaultButton(rendering ? null : make);
        }
        FormParts.growToFit(dialog);
    }
}
