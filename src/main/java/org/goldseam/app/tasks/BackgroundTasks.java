package org.goldseam.app.tasks;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.persistence.StoredDataErrors;

/**
 * Runs vault work off the event thread and delivers the result back on it.
 *
 * <p>All database work goes through one worker thread, in submission order: an autosave queued
 * before a sign is written before the sign reads the note, without any locking in the presenters.
 * Presenters receive this class and never touch Swing; the UI supplies {@code SwingUtilities::invokeLater}
 * as the delivery executor, tests a direct one so everything runs synchronously.
 */
public final class BackgroundTasks {
    private static final Logger LOG = Logger.getLogger(BackgroundTasks.class.getName());

    private final Executor worker;
    private volatile Runnable afterShutdown = () -> { };
    private final Executor deliver;
    private final AtomicInteger running = new AtomicInteger();
    private volatile Consumer<Boolean> busyListener = busy -> { };
    private volatile Consumer<VaultException> damageListener = damaged -> { };

    public BackgroundTasks(Executor worker, Executor deliver) {
        this.worker = worker;
        this.deliver = deliver;
    }

    /** One daemon worker thread named for thread dumps; results delivered through {@code deliver}. */
    public static BackgroundTasks withWorkerThread(Executor deliver) {
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "goldseam-vault-worker");
            thread.setDaemon(true);
            return thread;
        });
        return new BackgroundTasks(worker, deliver);
    }

    /** Runs everything on the calling thread: for presenter tests. */
    public static BackgroundTasks synchronous() {
        return new BackgroundTasks(Runnable::run, Runnable::run);
    }

    /**
     * Told, on the delivery executor, each time a task failed because stored data could not be read
     * back (a damaged page or value): the window says the vault is damaged and offers the newest backup.
     */
    public void onDamage(Consumer<VaultException> listener) {
        this.damageListener = listener;
    }

    /** Told {@code true} when the first task starts and {@code false} when the last one ends. */
    public void onBusyChanged(Consumer<Boolean> listener) {
        this.busyListener = listener;
    }

    /**
     * Runs {@code work} on the worker; then {@code onSuccess} or {@code onFailure} on the delivery
     * executor. A failure's details go to the log at FINE only by class name: exception messages
     * from the database can quote client text.
     */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (running.getAndIncrement() == 0) {
            deliver.execute(() -> busyListener.accept(true));
        }
        worker.execute(() -> {
            try {
                T result = work.call();
                deliver.execute(() -> onSuccess.accept(result));
            } catch (Throwable error) {
                LOG.log(Level.FINE, "background task failed: {0}", error.getClass().getName());
                // a value or page that no longer reads back is damage to the vault: every caller then
                // gets the damaged-vault refusal (never the raw database error), and the window its offer
                Optional<VaultException> damaged = StoredDataErrors.unreadable(error);
                Throwable delivered = damaged.<Throwable>map(d -> d).orElse(error);
                damaged.ifPresent(d -> deliver.execute(() -> damageListener.accept(d)));
                deliver.execute(() -> onFailure.accept(delivered));
            } finally {
                if (running.decrementAndGet() == 0) {
                    deliver.execute(() -> busyListener.accept(false));
                }
            }
        });
    }

    /**
     * Lets the queued work finish, then stops the worker thread (the vault it served is closing).
     * Work submitted afterwards is refused.
     */
    public void shutdownWhenDone() {
        if (worker instanceof java.util.concurrent.ExecutorService service) {
            service.execute(() -> deliver.execute(afterShutdown));
            service.shutdown();
        } else {
            deliver.execute(afterShutdown);
        }
    }

    /** Runs {@code action} on the delivery executor once {@link #shutdownWhenDone} has drained the queue. */
    public void whenDone(Runnable action) {
        this.afterShutdown = action;
    }

    /** Runs {@code action} on the delivery executor: for progress reported from inside running work. */
    public void deliver(Runnable action) {
        deliver.execute(action);
    }

    /** Fire-and-forget variant for work whose result the UI does not need. */
    public void run(Runnable work, Consumer<Throwable> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { }, onFailure);
    }
}
