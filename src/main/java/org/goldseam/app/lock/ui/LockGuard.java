package org.goldseam.app.lock.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JOptionPane;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.goldseam.app.lock.LockDrafts;
import org.jspecify.annotations.Nullable;

/**
 * Makes a lock mean "gone": every form and window that shows client data is closed when the vault
 * locks, its content saved or kept as an in-memory draft first.
 *
 * <p>A form registers itself while it is showing ({@link #guard}) with what to do on a lock: save
 * what it holds when that is complete and can be changed later, or keep it in {@link #drafts()}.
 * {@link #closeEverything} then runs those, and closes every other window still showing except the
 * main one (questions, file choosers, search, audit log, export and taxonomy windows): a window
 * closed this way answers as if cancelled. Event thread only.
 */
public final class LockGuard {
    private static final Map<JComponent, Runnable> GUARDED = new LinkedHashMap<>();
    private static final LockDrafts DRAFTS = new LockDrafts();
    private static String scope = "";

    private LockGuard() {
    }

    /** While the returned registration is open and {@code form} is showing, a lock runs {@code onLock}. */
    public static Registration guard(JComponent form, Runnable onLock) {
        GUARDED.put(form, onLock);
        return () -> GUARDED.remove(form);
    }

    /** A guard's lifetime: closing it (after the form's dialog returned) unregisters it. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Forms' drafts kept across a lock. */
    public static LockDrafts drafts() {
        return DRAFTS;
    }

    /** What the forms opened now are about (e.g. {@code client:42}): a draft is offered back only in the same scope. */
    public static void setScope(String newScope) {
        scope = Objects.requireNonNullElse(newScope, "");
    }

    public static String scope() {
        return scope;
    }

    /**
     * The vault is locking: runs every showing form's guard (saving or keeping a draft, then closing
     * it), then closes every other showing window but {@code main}. Returns how many windows it closed.
     */
    public static int closeEverything(Window main) {
        int closed = 0;
        for (Map.Entry<JComponent, Runnable> entry : new ArrayList<>(GUARDED.entrySet())) {
            if (entry.getKey().isShowing()) {
                entry.getValue().run();
                closed++;
            }
        }
        for (Window window : Window.getWindows()) {
            if (window != main && window.isShowing()) {
                close(window);
                closed++;
            }
        }
        return closed;
    }

    /** Closes a window as its close box would, answering a question with "closed" (a cancel). */
    private static void close(Window window) {
        JOptionPane pane = findPane(window);
        if (pane != null) {
            pane.setValue(JOptionPane.CLOSED_OPTION);
        }
        window.dispose();
    }

    private static @Nullable JOptionPane findPane(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof JOptionPane pane) {
                return pane;
            }
            if (child instanceof Container inner) {
                JOptionPane found = findPane(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Closes the question dialog holding {@code form} with {@code answer} (e.g. OK, as its button
     * does), or disposes the window holding it.
     */
    public static void answer(JComponent form, int answer) {
        Object pane = SwingUtilities.getAncestorOfClass(JOptionPane.class, form);
        if (pane instanceof JOptionPane question) {
            question.setValue(answer);
        }
        Window window = SwingUtilities.getWindowAncestor(form);
        if (window != null) {
            window.dispose();
        }
    }

    /**
     * What the clinician can change in {@code form}, in layout order: texts, ticks, choices, spinner
     * and slider values. Equal lists mean nothing was changed.
     */
    public static List<Object> values(Container form) {
        List<Object> values = new ArrayList<>();
        collect(form, values);
        return values;
    }

    private static void collect(Container container, List<Object> values) {
        for (Component child : container.getComponents()) {
            if (child instanceof JTextComponent text) {
                if (text.isEditable()) {
                    values.add(text.getText());
                }
            } else if (child instanceof JComboBox<?> combo) {
                values.add(combo.isEditable() && combo.getEditor() != null ? combo.getEditor().getItem() : combo.getSelectedItem());
            } else if (child instanceof JSpinner spinner) {
                values.add(spinner.getValue());
            } else if (child instanceof JSlider slider) {
                values.add(slider.getValue());
            } else if (child instanceof AbstractButton button && !(button instanceof JButton)) {
                values.add(button.isSelected());
            } else if (child instanceof Container inner) {
                collect(inner, values);
            }
        }
    }

    /**
     * Puts {@code values} (from {@link #values}) back into the same form, one field at a time as the
     * clinician would (ticks are clicked, so the form hears them; a changed choice may rebuild the
     * fields after it); false if the form's layout no longer matches.
     */
    public static boolean fill(Container form, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            List<Component> fields = new ArrayList<>();
            fields(form, fields);
            if (fields.size() != values.size()) {
                return false;
            }
            put(fields.get(i), values.get(i));
        }
        return true;
    }

    private static void put(Component field, Object value) {
        if (field instanceof JTextComponent text) {
            if (!text.getText().equals(value)) {
                text.setText((String) value);
            }
        } else if (field instanceof JComboBox<?> combo) {
            Object shown = combo.isEditable() && combo.getEditor() != null ? combo.getEditor().getItem() : combo.getSelectedItem();
            if (!Objects.equals(shown, value)) {
                combo.setSelectedItem(value);
            }
        } else if (field instanceof JSpinner spinner) {
            if (!Objects.equals(spinner.getValue(), value)) {
                spinner.setValue(value);
            }
        } else if (field instanceof JSlider slider) {
            slider.setValue((Integer) value);
        } else if (field instanceof AbstractButton button && button.isSelected() != (Boolean) value) {
            button.doClick(0);
        }
    }

    private static void fields(Container container, List<Component> fields) {
        for (Component child : container.getComponents()) {
            if (child instanceof JTextComponent text && !text.isEditable()) {
                continue;
            }
            if (child instanceof JTextComponent || child instanceof JComboBox<?> || child instanceof JSpinner
                    || child instanceof JSlider || (child instanceof AbstractButton && !(child instanceof JButton))) {
                fields.add(child);
            } else if (child instanceof Container inner) {
                fields(inner, fields);
            }
        }
    }
}
