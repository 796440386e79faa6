package org.goldseam.vault;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes every vault still open when the JVM is asked to end: SIGTERM, Ctrl+C at a terminal, the
 * desktop session ending. A kill leaves every committed save intact (ADR 0015), but a clean close
 * also writes the text still waiting for its autosave, records the file size for the truncation
 * check, and compacts the file; so on a polite request to end, Goldseam closes the way Quit does.
 *
 * <p>Parts of the program that hold unsaved work (the note editor) register a step that runs first,
 * given a time limit; then each open vault is closed. SIGKILL and power loss run nothing here.
 */
public final class ShutdownClose {
    private static final Logger LOG = Logger.getLogger(ShutdownClose.class.getName());
    /** How long the steps before closing may take together: a session end gives a program some seconds. */
    static final Duration LIMIT = Duration.ofSeconds(8);
    private static final Set<Vault> OPEN = ConcurrentHashMap.newKeySet();
    /** Held weakly: a window that is gone must not be kept alive, nor asked, by this process-wide list. */
    private static final List<WeakReference<Consumer<Duration>>> BEFORE_CLOSING = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ShutdownClose::run, "goldseam-shutdown"));
    }

    private ShutdownClose() {
    }

    /**
     * {@code step} runs when the JVM is asked to end, before the vaults close, and should return
     * within the time it is given (for example: save the note being typed, waiting at most that long).
     * Held weakly: the caller keeps {@code step} in a field for as long as it should run.
     */
    public static void beforeClosing(Consumer<Duration> step) {
        BEFORE_CLOSING.removeIf(ref -> ref.get() == null);
        BEFORE_CLOSING.add(new WeakReference<>(step));
    }

    static void opened(Vault vault) {
        OPEN.add(vault);
    }

    static void closed(Vault vault) {
        OPEN.remove(vault);
    }

    private static void run() {
        if (OPEN.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + LIMIT.toNanos();
        for (WeakReference<Consumer<Duration>> ref : BEFORE_CLOSING) {
            Consumer<Duration> step = ref.get();
            if (step == null) {
                continue;
            }
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            try {
                step.accept(left);
            } catch (RuntimeException e) {
                // a step that fails must not keep the vault from closing; its message may quote client text
                LOG.log(Level.WARNING, "a step before closing the vault failed: {0}", e.getClass().getName());
            }
        }
        for (Vault vault : List.copyOf(OPEN)) {
            try {
                vault.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing a vault at shutdown failed: {0}", e.getClass().getName());
            }
        }
    }
}
