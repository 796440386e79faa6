package org.goldseam.app.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

/**
 * What the desktop app's child JVMs (AppCrashChild, LostSaveChild, HeapAfterLockChild) share: run on
 * the event thread, wait for a condition there, find a showing component by name, and say what the
 * screen showed when a wait runs out.
 */
final class ChildWindows {
    private ChildWindows() {
    }

    static void onEdt(Runnable action) throws Exception {
        SwingUtilities.invokeAndWait(action);
    }

    static <T> T get(Supplier<T> action) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> result.set(action.get()));
        return result.get();
    }

    /** Waits (checking on the event thread) until {@code condition} holds, at most 90 s on a busy machine. */
    static void await(String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (get(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out waiting for " + what + "; the screen showed: " + get(ChildWindows::shownTexts));
    }

    /** The showing component named {@code name} in any window, or null. Call on the event thread. */
    static Component find(String name) {
        for (Window window : Window.getWindows()) {
            Component found = find(window, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Component find(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName()) && child.isShowing()) {
                return child;
            }
            if (child instanceof Container container) {
                Component found = find(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The texts of every label showing, so a timeout says what the window said. */
    private static String shownTexts() {
        StringBuilder texts = new StringBuilder();
        for (Window window : Window.getWindows()) {
            if (window.isShowing()) {
                collect(window, texts);
            }
        }
        return texts.length() > 600 ? texts.substring(0, 600) + "…" : texts.toString();
    }

    private static void collect(Container root, StringBuilder texts) {
        for (Component child : root.getComponents()) {
            if (child.isShowing() && child instanceof JLabel label && label.getText() != null && !label.getText().isBlank()) {
                texts.append('[').append(label.getText().replaceAll("<[^>]*>", " ").strip()).append("] ");
            }
            if (child instanceof Container container) {
                collect(container, texts);
            }
        }
    }
}
