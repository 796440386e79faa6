package org.goldseam.app.summary.ui;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;

/**
 * What the summary, batch and record-export dialogs share as windows: each is modeless, its close
 * box and Escape go through the dialog's own rule (cancel what runs, else close), and a lock closes
 * every one still open, since they show client names and paths.
 */
public final class ExportWindows {
    /** Open dialogs, each with what closes it and forgets its client data. */
    private static final Map<Object, Runnable> OPEN = new LinkedHashMap<>();

    private ExportWindows() {
    }

    /** Closes every summary, batch and record-export dialog (the vault is locking). */
    public static void closeAll() {
        new ArrayList<>(OPEN.values()).forEach(Runnable::run);
    }

    static void opened(Object dialog, Runnable close) {
        OPEN.put(dialog, close);
    }

    static void closed(Object dialog) {
        OPEN.remove(dialog);
    }

    /** A modeless dialog whose close box and Escape key run {@code escape}. */
    static JDialog modeless(Window owner, String title, String accessibleName, Runnable escape) {
        JDialog dialog = new JDialog(owner, title, JDialog.ModalityType.MODELESS);
        dialog.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                escape.run();
            }
        });
        FormParts.named(dialog.getRootPane(), accessibleName);
        dialog.getRootPane().registerKeyboardAction(e -> escape.run(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        return dialog;
    }

    /** After a finished export: Enter opens the file where this desktop can, else shows the folder. */
    static void offerResult(JDialog dialog, JButton open, JButton folder) {
        JButton first = open.isVisible() ? open : folder;
        dialog.getRootPane().setDefaultButton(first);
        first.requestFocusInWindow();
    }
}
