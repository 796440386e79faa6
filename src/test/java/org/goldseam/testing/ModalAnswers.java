package org.goldseam.testing;

import java.io.File;
import java.nio.file.Path;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * Answers a modal question or file chooser the way its own button does, on the event thread.
 *
 * <p>Why not the robot's click: under Xvfb without a window manager a click on a dialog that has only
 * just been shown is sometimes lost (the dialog is showing but not yet taking input). It happened in
 * CI on a sign confirmation, a delete question and an export chooser, each time leaving the dialog
 * open and the test waiting. What these tests check is what the application does with the answer,
 * not that AWT delivers a mouse click, so the answer is given through the component's own API.
 */
public final class ModalAnswers {
    private static final Timeout PATIENCE = Timeout.timeout(30_000);

    private ModalAnswers() {
    }

    /**
     * Gives {@code pane} the answer its button {@code buttonText} would give (one of the pane's own
     * options, or "OK", "Yes", "No", "Cancel"), after checking that the button is there, and waits until
     * the question has closed.
     */
    public static void answer(JOptionPaneFixture pane, String buttonText) {
        pane.buttonWithText(buttonText); // fails if the question does not offer this answer
        GuiActionRunner.execute(() -> pane.target().setValue(valueOf(pane.target(), buttonText)));
        waitUntilClosed(pane.target(), "the question \"" + buttonText + "\" closed");
    }

    /** Chooses {@code file} in {@code chooser} and approves it, as typing the name and pressing Save does. */
    public static void approve(JFileChooserFixture chooser, Path file) {
        JFileChooser target = chooser.target();
        GuiActionRunner.execute(() -> {
            File chosen = file.toFile();
            target.setCurrentDirectory(chosen.getParentFile());
            target.setSelectedFile(chosen);
            target.approveSelection();
        });
        waitUntilClosed(target, "the file chooser closed");
    }

    private static void waitUntilClosed(java.awt.Component component, String what) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return !GuiActionRunner.execute(component::isShowing);
            }
        }, PATIENCE);
    }

    private static Object valueOf(JOptionPane pane, String buttonText) {
        Object[] options = pane.getOptions();
        if (options != null) {
            for (Object option : options) {
                if (buttonText.equals(String.valueOf(option))) {
                    return option; // showOptionDialog answers with the option itself
                }
            }
        }
        return switch (buttonText) {
            case "OK" -> JOptionPane.OK_OPTION;
            case "Yes" -> JOptionPane.YES_OPTION;
            case "No" -> JOptionPane.NO_OPTION;
            case "Cancel" -> JOptionPane.CANCEL_OPTION;
            default -> throw new IllegalArgumentException("not a standard answer: " + buttonText);
        };
    }
}
