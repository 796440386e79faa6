package org.goldseam.app.workspace.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JTextArea;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.View;
import org.goldseam.search.text.Highlight;

/**
 * Marks a search's matches in the note's text areas: a soft background with a thin line under it,
 * in the theme's colours ({@code Goldseam.searchMatch} and {@code Goldseam.searchMatchLine}). Only
 * the areas' highlighters change, never their text; the caret's selection highlight is left alone.
 */
final class MatchMarks {
    static final String FILL = "Goldseam.searchMatch";
    static final String LINE = "Goldseam.searchMatchLine";
    static final Highlighter.HighlightPainter PAINTER = new Painter();
    /** Lines of context kept above and below the first match when scrolling to it. */
    private static final int CONTEXT_LINES = 2;

    private final IdentityHashMap<JTextArea, List<Object>> tags = new IdentityHashMap<>();

    /** Marks {@code ranges} in {@code area}, replacing what this object marked there before. */
    void mark(JTextArea area, List<Highlight> ranges) {
        unmark(area);
        List<Object> added = new ArrayList<>();
        int length = area.getDocument().getLength();
        for (Highlight range : ranges) {
            if (range.end() > length) {
                continue; // computed for other text; the presenter drops marks once the text changes
            }
            try {
                added.add(area.getHighlighter().addHighlight(range.start(), range.end(), PAINTER));
            } catch (BadLocationException e) {
                // cannot happen within the document's length; the mark is simply not shown
            }
        }
        if (!added.isEmpty()) {
            tags.put(area, added);
        }
    }

    /** Removes every mark this object made, in every area. */
    void clear() {
        new ArrayList<>(tags.keySet()).forEach(this::unmark);
    }

    private void unmark(JTextArea area) {
        List<Object> old = tags.remove(area);
        if (old != null) {
            old.forEach(area.getHighlighter()::removeHighlight);
        }
    }

    /**
     * Scrolls {@code body} (the view of the editor's scroll pane) so that {@code range} of
     * {@code area} shows with a little context, once the freshly built areas are laid out.
     */
    static void reveal(JTextArea area, Highlight range, JComponent body) {
        SwingUtilities.invokeLater(() -> {
            if (!area.isShowing() || range.end() > area.getDocument().getLength()) {
                return; // another note was opened meanwhile
            }
            if (body.getRootPane() != null) {
                body.getRootPane().validate();
            }
            try {
                Rectangle2D start = area.modelToView2D(range.start());
                Rectangle2D end = area.modelToView2D(range.end());
                if (start == null || end == null) {
                    return;
                }
                Rectangle word = start.createUnion(end).getBounds();
                // a section shows a few lines in its own scroll pane: the match goes to its middle
                area.scrollRectToVisible(centred(word, area));
                // then the editor scrolls as little as shows the match with a line or two around it
                Rectangle shown = new Rectangle(word);
                shown.grow(0, CONTEXT_LINES * area.getFontMetrics(area.getFont()).getHeight());
                body.scrollRectToVisible(SwingUtilities.convertRectangle(area, shown, body));
            } catch (BadLocationException e) {
                // checked against the length above; nothing to scroll to
            }
        });
    }

    /** {@code word} stretched to the height of {@code view}'s viewport, around the word's middle. */
    private static Rectangle centred(Rectangle word, JComponent view) {
        if (!(view.getParent() instanceof JViewport viewport)) {
            return word;
        }
        int height = Math.max(word.height, viewport.getExtentSize().height);
        return new Rectangle(word.x, word.y + word.height / 2 - height / 2, word.width, height);
    }

    /** A background fill and a line under it, the colours read at paint time so a theme switch applies at once. */
    private static final class Painter extends DefaultHighlighter.DefaultHighlightPainter {
        private static final Color FALLBACK_FILL = new Color(0xfff1a8);

        Painter() {
            super(null);
        }

        @Override
        public Color getColor() {
            Color fill = UIManager.getColor(FILL);
            return fill != null ? fill : FALLBACK_FILL;
        }

        @Override
        public Shape paintLayer(Graphics g, int offs0, int offs1, Shape bounds, JTextComponent c, View view) {
            Shape painted = super.paintLayer(g, offs0, offs1, bounds, c, view);
            Color line = UIManager.getColor(LINE);
            if (painted != null && line != null) {
                Rectangle r = painted.getBounds();
                int thickness = Math.max(1, UIScale.scale(2));
                g.setColor(line);
                g.fillRect(r.x, r.y + r.height - thickness, r.width, thickness);
            }
            return painted;
        }
    }
}
