package org.goldseam.app.workspace.ui;

import java.util.function.LongSupplier;
import javax.swing.event.DocumentEvent;
import javax.swing.event.UndoableEditEvent;
import javax.swing.text.AbstractDocument;
import javax.swing.text.BadLocationException;
import javax.swing.undo.CompoundEdit;
import javax.swing.undo.UndoManager;
import org.jspecify.annotations.Nullable;

/**
 * Undo history for a text area in which Ctrl+Z takes back a word, not a letter: characters typed
 * one after another are gathered into one edit until a space or punctuation mark is typed, the
 * typist pauses, or the caret moves elsewhere. Pastes, deletions and other edits stay steps of their own.
 */
final class WordUndo extends UndoManager {
    private static final long serialVersionUID = 1L;
    /** A pause this long between two keystrokes starts a new step. */
    static final long PAUSE_NANOS = 1_000_000_000L;

    private final transient LongSupplier nanos;
    /** The word being typed, still open to more letters; null between words. */
    private @Nullable CompoundEdit word;
    private int nextOffset = -1;
    private long lastTypedAt;

    WordUndo() {
        this(System::nanoTime);
    }

    WordUndo(LongSupplier nanos) {
        this.nanos = nanos;
    }

    @Override
    public synchronized void undoableEditHappened(UndoableEditEvent e) {
        if (e.getEdit() instanceof AbstractDocument.DefaultDocumentEvent change
                && change.getType() == DocumentEvent.EventType.INSERT && change.getLength() == 1) {
            char typed = charAt(change);
            long now = nanos.getAsLong();
            CompoundEdit current = word;
            if (current == null || change.getOffset() != nextOffset || now - lastTypedAt >= PAUSE_NANOS) {
                endWord();
                current = new CompoundEdit();
                addEdit(current);
                word = current;
            }
            current.addEdit(change);
            nextOffset = change.getOffset() + 1;
            lastTypedAt = now;
            if (!Character.isLetterOrDigit(typed)) {
                endWord(); // the space or mark belongs to the word it ends
            }
            return;
        }
        endWord();
        addEdit(e.getEdit());
    }

    private static char charAt(AbstractDocument.DefaultDocumentEvent change) {
        try {
            return change.getDocument().getText(change.getOffset(), 1).charAt(0);
        } catch (BadLocationException gone) {
            return ' ';
        }
    }

    private void endWord() {
        if (word != null) {
            word.end();
            word = null;
        }
    }

    @Override
    public synchronized boolean canUndo() {
        endWord();
        return super.canUndo();
    }

    @Override
    public synchronized void undo() {
        endWord();
        super.undo();
    }

    @Override
    public synchronized boolean canRedo() {
        endWord();
        return super.canRedo();
    }

    @Override
    public synchronized void redo() {
        endWord();
        super.redo();
    }
}
