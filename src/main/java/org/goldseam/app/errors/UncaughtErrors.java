package org.goldseam.app.errors;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * What happens to an exception nobody caught, on the event thread or any other: the log gets its
 * stack trace without any message text (exception messages can quote client text: a note, a name,
 * a value from the database), and the clinician gets one calm sentence, never a trace.
 *
 * <p>Swing-free: the desktop app passes a logger and a dialog; tests pass lists. While one message
 * is on screen, further failures are logged but not shown again, so a failure repeating on every
 * repaint does not bury the window under dialogs.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    /** What the clinician reads. It names no client and no exception. */
    public static final String MESSAGE = "Something went wrong inside Goldseam, and the last action may not have "
            + "finished. What was saved before is safe in the vault. If a change you just made is missing, make it "
            + "again; if this keeps happening, lock, quit and start Goldseam again, and tell the developers what you "
            + "were doing (the log holds the technical details, without any client text).";

    private final Consumer<String> log;
    private final Consumer<String> show;
    private final AtomicBoolean showing = new AtomicBoolean();

    /**
     * @param log  receives the stack trace without messages
     * @param show receives {@link #MESSAGE}; it calls {@link #dismissed()} when the clinician has closed it
     */
    public UncaughtErrors(Consumer<String> log, Consumer<String> show) {
        this.log = log;
        this.show = show;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            log.accept(describe(thread.getName(), error));
        } catch (RuntimeException ignored) {
            // logging must never throw back into the failing thread
        }
        if (showing.compareAndSet(false, true)) {
            try {
                show.accept(MESSAGE);
            } catch (RuntimeException failedToShow) {
                showing.set(false);
            }
        }
    }

    /** The message was closed: the next failure may be shown again. */
    public void dismissed() {
        showing.set(false);
    }

    /**
     * The stack trace of {@code error} and its causes and suppressed exceptions: class names and
     * frames only, no message text.
     */
    public static String describe(String threadName, Throwable error) {
        StringBuilder text = new StringBuilder("Uncaught exception on thread \"").append(threadName).append("\": ");
        append(text, error, "", Collections.newSetFromMap(new IdentityHashMap<>()));
        return text.toString();
    }

    private static void append(StringBuilder text, Throwable error, String indent, Set<Throwable> seen) {
        if (!seen.add(error)) {
            text.append(indent).append("[circular reference: ").append(error.getClass().getName()).append("]\n");
            return;
        }
        text.append(error.getClass().getName()).append('\n');
        for (StackTraceElement frame : error.getStackTrace()) {
            text.append(indent).append("\tat ").append(frame).append('\n');
        }
        for (Throwable suppressed : error.getSuppressed()) {
            text.append(indent).append("\tSuppressed: ");
            append(text, suppressed, indent + "\t", seen);
        }
        if (error.getCause() != null) {
            text.append(indent).append("Caused by: ");
            append(text, error.getCause(), indent, seen);
        }
    }
}
