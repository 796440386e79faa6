package org.goldseam.app.workspace.ui;

import java.awt.Component;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.lock.ui.LockGuard;
import org.jspecify.annotations.Nullable;

/**
 * A modal form with Save and Cancel: Escape cancels, Ctrl+Enter saves (Enter stays free for
 * multi-line text). {@code check} returns a sentence when the form cannot be saved yet, shown
 * above the buttons; the typed text stays so nothing is lost. A lock closes the form and keeps what
 * was typed as a draft ({@link LockGuard}).
 */
final class FormDialog {
    /** What the form produces when it is complete, or a sentence saying what is missing. */
    interface Result<T> {
        @Nullable String problem();

        T value();
    }

    private FormDialog() {
    }

    static <T> Result<T> ok(T value) {
        return new Result<>() {
            @Override
            public @Nullable String problem() {
                return null;
            }

            @Override
            public T value() {
                return value;
            }
        };
    }

    static <T> Result<T> problem(String sentence) {
        return new Result<>() {
            @Override
            public String problem() {
                return sentence;
            }

            @Override
            public T value() {
                throw new IllegalStateException(sentence);
            }
        };
    }

    @SuppressWarnings("try") // the lock guard is held, unused, for as long as the dialog is open
    static <T> Optional<T> show(Component parent, String title, String saveText, JComponent form,
                                @Nullable JComponent firstFocus, Supplier<Result<T>> check) {
        Window owner = parent == null ? null : SwingUtilities.getWindowAncestor(parent);
        JDialog dialog = new JDialog(owner, title, JDialog.ModalityType.APPLICATION_MODAL);
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        Views.named(dialog.getRootPane(), title);
        Object[] outcome = new Object[1];

        JPanel content = new JPanel(new MigLayout("insets 16 20 14 20, fill, wrap 1", "[grow, fill]", "[grow, fill][][]"));
        content.add(form);
        JLabel problem = new JLabel(" ");
        problem.setForeground(Views.riskColor());
        content.add(Views.named(problem, "Why the form cannot be saved yet"), "gaptop 8");
        JButton save = Views.primary(saveText, saveText, e -> {
            Result<T> result = check.get();
            if (result.problem() != null) {
                problem.setText(result.problem());
                return;
            }
            outcome[0] = result.value();
            dialog.dispose();
        });
        save.putClientProperty("JButton.buttonType", null);
        JButton cancel = Views.primary("Cancel", "Cancel", e -> dialog.dispose());
        JPanel buttons = new JPanel(new MigLayout("insets 0, gap 8", "push[][]"));
        buttons.add(save);
        buttons.add(cancel);
        content.add(buttons, "growx");
        dialog.getRootPane().setDefaultButton(null);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(),
                KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.getRootPane().registerKeyboardAction(e -> save.doClick(),
                KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, KeyEvent.CTRL_DOWN_MASK), JComponent.WHEN_IN_FOCUSED_WINDOW);
        save.setToolTipText("Ctrl+Enter");
        dialog.setContentPane(content);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        if (firstFocus != null) {
            SwingUtilities.invokeLater(firstFocus::requestFocusInWindow);
        }
        // a lock while the form is open closes it; what was typed is kept in memory, never saved
        // unconfirmed (a half-answered PHQ-9 or a half-written risk review is not a record), and
        // filled in again when the same form is opened for the same client after unlocking
        String draftKey = LockGuard.scope() + "|" + title;
        List<Object> opened = LockGuard.values(form);
        LockGuard.drafts().take(draftKey).ifPresent(kept -> {
            if (LockGuard.fill(form, kept.values())) {
                problem.setText("Filled in with what you typed before Goldseam locked.");
            }
        });
        try (LockGuard.Registration guard = LockGuard.guard(form, () -> {
            List<Object> typed = LockGuard.values(form);
            if (!typed.equals(opened)) {
                LockGuard.drafts().keep(draftKey, title, typed);
            }
            dialog.dispose();
        })) {
            dialog.setVisible(true);
        }
        @SuppressWarnings("unchecked")
        T value = (T) outcome[0];
        return Optional.ofNullable(value);
    }
}
