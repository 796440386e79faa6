package org.goldseam.app.workspace.ui;

import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.undo.UndoManager;

/** The text areas clinicians write in: wrapped, roomy, with their own undo history. */
final class TextAreas {
    private TextAreas() {
    }

    /**
     * A wrapping text area that grows with its text ({@link GrowingTextArea}), with undo (Ctrl+Z,
     * a word at a time: {@link WordUndo}) and redo (Ctrl+Y or Ctrl+Shift+Z); Tab moves on.
     */
    static JTextArea area(String name, String accessible) {
        JTextArea area = new GrowingTextArea(3, 40);
        area.setName(name);
        area.getAccessibleContext().setAccessibleName(accessible);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setMargin(new Insets(6, 8, 6, 8));
        area.setFont(area.getFont().deriveFont(area.getFont().getSize2D() + 1f));
        UndoManager undo = new WordUndo();
        area.getDocument().addUndoableEditListener(undo);
        bind(area, KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK), "undo", () -> {
            if (undo.canUndo()) {
                undo.undo();
            }
        });
        Runnable redo = () -> {
            if (undo.canRedo()) {
                undo.redo();
            }
        };
        bind(area, KeyStroke.getKeyStroke(KeyEvent.VK_Y, InputEvent.CTRL_DOWN_MASK), "redo", redo);
        bind(area, KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK), "redo", redo);
        // Tab moves on to the next field, as in a form, rather than typing a tab character
        area.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        area.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        return area;
    }

    private static void bind(JTextArea area, KeyStroke key, String name, Runnable action) {
        area.getInputMap().put(key, name);
        area.getActionMap().put(name, new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }
}
