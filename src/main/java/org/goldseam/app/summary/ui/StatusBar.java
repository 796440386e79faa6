package org.goldseam.app.summary.ui;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.summary.ExportForm;
import org.goldseam.app.summary.Progress;
import org.goldseam.app.summary.RenderState;
import org.goldseam.app.summary.SummaryProperty;

/**
 * The line above the buttons: a sentence (a refusal or failure in the risk colour), and while a job
 * runs, a progress bar with what is happening. The bar appears only after half a second, so a quick
 * summary does not flash one.
 */
final class StatusBar {
    static final int SHOW_AFTER_MILLIS = 500;

    private final JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1, hidemode 3, gap 4", "[grow, fill]"));
    private final JLabel message = FormParts.named(new JLabel(" "), "Status");
    private final JProgressBar bar = FormParts.named(new JProgressBar(0, 100), "Progress");
    private final Timer reveal;
    private final ExportForm form;

    StatusBar(ExportForm form) {
        this.form = form;
        message.setName("summary-message");
        bar.setName("summary-progress");
        bar.setStringPainted(true);
        bar.setVisible(false);
        panel.add(bar, "wmin 0");
        panel.add(message, "wmin 0");
        reveal = new Timer(SHOW_AFTER_MILLIS, e -> bar.setVisible(form.state() == RenderState.RENDERING));
        reveal.setRepeats(false);
        form.addListener(SummaryProperty.STATE, e -> stateChanged());
        form.addListener(SummaryProperty.PROGRESS, e -> showProgress());
        form.addListener(SummaryProperty.MESSAGE, e -> showMessage());
    }

    JPanel component() {
        return panel;
    }

    /** Replaces the sentence shown when the presenter has none, e.g. what a finished job wrote. */
    void note(String text) {
        message.setForeground(FormParts.muted());
        message.setText(text);
    }

    private void stateChanged() {
        if (form.state() == RenderState.RENDERING) {
            reveal.restart();
        } else {
            reveal.stop();
            bar.setVisible(false);
        }
        showMessage();
    }

    private void showProgress() {
        Progress progress = form.progress();
        bar.setIndeterminate(progress.total() <= 0);
        bar.setValue(progress.percent());
        bar.setString(progress.total() <= 0 ? progress.message() : progress.message() + " · " + progress.percent() + " %");
        bar.getAccessibleContext().setAccessibleDescription(progress.message());
    }

    private void showMessage() {
        String text = form.message();
        boolean problem = form.state() == RenderState.FAILED || form.state() == RenderState.EDITING;
        message.setForeground(problem ? FormParts.risk() : FormParts.muted());
        message.setText(text == null ? " " : text);
    }

    void dispose() {
        reveal.stop();
    }
}
