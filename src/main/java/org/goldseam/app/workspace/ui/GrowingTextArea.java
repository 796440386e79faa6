package org.goldseam.app.workspace.ui;

import java.awt.Container;
import java.awt.Dimension;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * A wrapping text area whose scroll pane asks for as many lines as the text needs, from its
 * initial rows up to {@link #MAX_ROWS}; only a longer text scrolls inside it. A clinician writing a
 * long section sees it whole in the editor's own scrolling instead of through a three-line slot.
 *
 * <p>A scroll pane is a validate root, so the growth is announced to the container around it. The
 * caret is kept in sight in the editor's scrolling as well as in the area's own: a viewport only
 * scrolls itself, so while typing at the foot of a growing section the line would slip out of view.
 */
final class GrowingTextArea extends JTextArea {
    private static final long serialVersionUID = 1L;
    /** About half a laptop screen of text: beyond it the section scrolls, so the form stays in reach. */
    static final int MAX_ROWS = 24;

    private int announcedHeight = -1;

    GrowingTextArea(int rows, int columns) {
        super(rows, columns);
        getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                announceLater();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                announceLater();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // attributes only: the height does not change
            }
        });
        addCaretListener(e -> {
            if (isFocusOwner()) {
                SwingUtilities.invokeLater(this::revealCaret);
            }
        });
        // wrapping depends on the width: a wider or narrower editor re-wraps the text
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                announce();
            }
        });
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        Dimension initial = super.getPreferredScrollableViewportSize();
        if (getWidth() <= 0) {
            return initial; // not laid out yet: the wrapped height is not known
        }
        int needed = getPreferredSize().height;
        int most = getRowHeight() * MAX_ROWS + getInsets().top + getInsets().bottom;
        return new Dimension(initial.width, Math.max(initial.height, Math.min(needed, most)));
    }

    @Override
    public void setDocument(javax.swing.text.Document doc) {
        super.setDocument(doc);
        announcedHeight = -1;
    }

    /** After the edit has been applied to the view, so the wrapped height is current. */
    private void announceLater() {
        SwingUtilities.invokeLater(this::announce);
    }

    private void announce() {
        int height = getPreferredScrollableViewportSize().height;
        if (height == announcedHeight) {
            return;
        }
        announcedHeight = height;
        JScrollPane scroll = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, this);
        Container around = scroll == null ? null : scroll.getParent();
        if (around instanceof javax.swing.JComponent component) {
            component.revalidate();
            if (isFocusOwner()) {
                SwingUtilities.invokeLater(this::revealCaret); // after the new layout
            }
        }
    }

    /** Scrolls the editor around the area's scroll pane so that the caret's line shows. */
    private void revealCaret() {
        JScrollPane scroll = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, this);
        if (scroll == null || !(scroll.getParent() instanceof javax.swing.JComponent around) || !isShowing()) {
            return;
        }
        try {
            java.awt.geom.Rectangle2D caret = modelToView2D(getCaretPosition());
            if (caret == null) {
                return;
            }
            java.awt.Rectangle line = caret.getBounds();
            line.grow(0, getRowHeight() / 2);
            around.scrollRectToVisible(SwingUtilities.convertRectangle(this, line, around));
        } catch (javax.swing.text.BadLocationException e) {
            // the text changed again before this ran; the next caret move shows it
        }
    }
}
