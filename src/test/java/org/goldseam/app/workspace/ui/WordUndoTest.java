package org.goldseam.app.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.goldseam.testing.Headless;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ctrl+Z in a note section takes back a typed word, not a single letter. */
class WordUndoTest {
    @BeforeAll
    static void noDisplayNeeded() {
        Headless.whenNoDisplay();
    }

    /** Types {@code text} one character at a time at the caret, as the keyboard does. */
    private static void type(JTextArea area, String text) {
        for (int i = 0; i < text.length(); i++) {
            area.replaceSelection(String.valueOf(text.charAt(i)));
        }
    }

    /** What Ctrl+Z does in the area. */
    private static void pressUndo(JTextArea area) {
        Object name = area.getInputMap().get(KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK));
        area.getActionMap().get(name).actionPerformed(new ActionEvent(area, ActionEvent.ACTION_PERFORMED, "undo"));
    }

    @Test
    void ctrlZUndoesTheLastTypedWordThenTheOneBefore() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JTextArea area = TextAreas.area("section:DATA", "Data");
            type(area, "Fear of failure");

            pressUndo(area);
            assertThat(area.getText()).isEqualTo("Fear of ");
            pressUndo(area);
            assertThat(area.getText()).isEqualTo("Fear ");
            pressUndo(area);
            assertThat(area.getText()).isEmpty();
        });
    }

    @Test
    void typingAfterTheCaretMovedIsAStepOfItsOwn() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JTextArea area = TextAreas.area("section:DATA", "Data");
            type(area, "anxious");
            area.setCaretPosition(0);
            type(area, "Very");

            pressUndo(area);
            assertThat(area.getText()).isEqualTo("anxious");
        });
    }

    @Test
    void aPauseInTypingStartsANewStep() throws Exception {
        long[] now = {0};
        SwingUtilities.invokeAndWait(() -> {
            JTextArea area = new JTextArea();
            WordUndo undo = new WordUndo(() -> now[0]);
            area.getDocument().addUndoableEditListener(undo);
            type(area, "perfect");
            now[0] += WordUndo.PAUSE_NANOS;
            type(area, "ionism");

            undo.undo();
            assertThat(area.getText()).isEqualTo("perfect");
            undo.undo();
            assertThat(area.getText()).isEmpty();
        });
    }
}
