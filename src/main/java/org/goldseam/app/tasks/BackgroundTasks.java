package org.goldseam.app.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.persistence.StoredDataErrors;

/**
 * The one way the app runs work off the event thread, and delivers the result back on it.
 *
 * <p>Two lanes share one account of what is queued or running:
 * <ul>
 * <li>the <b>vault lane</b> ({@link #run}): one worker thread, in submission order, so an autosave
 *     queued before a sign is written before the sign reads the note, without locks in the presenters;</li>
 * <li>the <b>job lane</b> ({@link #runJob}, {@link #jobExecutor()}): long work with progress and cancel
 *     (summaries, batches, record exports, the search index), on threads of its own below normal
 *     priority, so a batch of a hundred summaries never holds up an autosave.</li>
 * </ul>
 *
 * <p>{@link #closeWhenIdle} is how a lock or quit ends a vault session: new work is refused from
 * then on (its {@code onFailure} hears {@link TasksClosedException}, delivered like any failure,
 * never thrown), everything queued or running on either lane finishes, and only then does the last
 * task (closing the vault) run. Presenters receive this class and never touch Swing; the UI passes
 * {@code SwingUtilities::invokeLater} as the delivery executor, tests {@link #synchronous()}.
 */
public final class BackgroundTasks {
    private static final Logger LOG = Logger.getLogger(BackgroundTasks.class.getName());

    private final Executor worker;
    private final Executor jobs;
    private final Executor deliver;
    private final Account account;

    /** What both lanes (and every {@link #jobLane()} view) share: the count, the closed flag, the listeners. */
    private static final class Account {
        private int active;
        private boolean closed;
        private final List<Runnable> whenIdle = new ArrayList<>();
        private volatile Runnable afterShutdown = () -> { };
        private volatile Consumer<Boolean> busyListener = busy -> { };
        private volatile Consumer<VaultException> damageListener = damaged -> { };
    }

    /** One executor for both lanes (tests: a queue they drain by hand, or a direct one). */
    public BackgroundTasks(Executor worker, Executor deliver) {
        this(worker, worker, deliver);
    }

    public BackgroundTasks(Executor worker, Executor jobs, Executor deliver) {
        this(worker, jobs, deliver, new Account());
    }

    private BackgroundTasks(Executor worker, Executor jobs, Executor deliver, Account account) {
        this.worker = worker;
        this.jobs = jobs;
        this.deliver = deliver;
        this.account = account;
    }

    /**
     * The same tasks, with {@link #run} going to the job lane: for a presenter whose whole work is a
     * long job (the record export). Counted and closed with this one; never close the view itself.
     */
    public BackgroundTasks jobLane() {
        return new BackgroundTasks(jobs, jobs, deliver, account);
    }

    /** The app's threads: one vault worker and a pool for jobs, all daemons named for thread dumps. */
    // jobs (PDF renders, exports) are background work: the event thread and the vault worker come first
    @SuppressWarnings("ThreadPriorityCheck")
    public static BackgroundTasks withWorkerThread(Executor deliver) {
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "goldseam-vault-worker");
            thread.setDaemon(true);
            return thread;
        });
        ExecutorService jobs = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "goldseam-job");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
        return new BackgroundTasks(worker, jobs, deliver);
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
        account.damageListener = listener;
    }

    /** Told {@code true} when the first task is queued and {@code false} when the last one ends. */
    public void onBusyChanged(Consumer<Boolean> listener) {
        account.busyListener = listener;
    }

    /**
     * Runs {@code work} on the vault lane; then {@code onSuccess} or {@code onFailure} on the delivery
     * executor. A failure is logged by class name only: exception messages from the database can
     * quote client text.
     */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        submit(worker, work, onSuccess, onFailure);
    }

    /** Fire-and-forget variant for work whose result the UI does not need. */
    public void run(Runnable work, Consumer<Throwable> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { }, onFailure);
    }

    /**
     * Runs {@code work} on the job lane with a {@link TaskControl} for progress (delivered to
     * {@code progress} on the delivery executor) and cancel; returns the handle that cancels it.
     */
    public <T> TaskHandle runJob(Job<T> work, Consumer<TaskProgress> progress, Consumer<? super T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        TaskHandle handle = new TaskHandle();
        TaskControl control = new TaskControl() {
            @Override
            public void progress(int done, int total, String step) {
                TaskProgress value = new TaskProgress(done, total, step);
                deliver.execute(() -> progress.accept(value));
            }

            @Override
            public boolean isCancelled() {
                return handle.isCancelled();
            }
        };
        submit(jobs, () -> work.run(control), onSuccess, onFailure);
        return handle;
    }

    /**
     * The job lane as a plain {@link Executor}, for code that reports its own progress (the export
     * forms, the search index). Counted like every task, so a lock waits for it; refused quietly
     * (logged) once closed, as nothing can then show its result.
     */
    public Executor jobExecutor() {
        return job -> submit(jobs, () -> {
            job.run();
            return null;
        }, ignored -> { }, error -> {
            if (!(error instanceof TasksClosedException)) {
                LOG.log(Level.WARNING, "a job failed: {0}", error.getClass().getName());
            }
        });
    }

    private <T> void submit(Executor lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        synchronized (account) {
            if (account.closed) {
                LOG.log(Level.INFO, "work refused: the vault session has ended");
                deliver.execute(() -> onFailure.accept(new TasksClosedException()));
                return;
            }
            if (account.active++ == 0) {
                Consumer<Boolean> busy = account.busyListener;
                deliver.execute(() -> busy.accept(true));
            }
        }
        try {
            lane.execute(() -> {
                try {
                    T result = work.call();
                    deliver.execute(() -> onSuccess.accept(result));
                } catch (Throwable error) {
                    LOG.log(Level.FINE, "background task failed: {0}", error.getClass().getName());
                    // a value or page that no longer reads back is damage to the vault: every caller then
                    // gets the damaged-vault refusal (never the raw database error), and the window its offer
                    Optional<VaultException> damaged = StoredDataErrors.unreadable(error);
                    Throwable delivered = damaged.<Throwable>map(d -> d).orElse(error);
                    damaged.ifPresent(d -> deliver.execute(() -> account.damageListener.accept(d)));
                    deliver.execute(() -> onFailure.accept(delivered));
                } finally {
                    ended();
                }
            });
        } catch (RejectedExecutionException refused) {
            ended();
            deliver.execute(() -> onFailure.accept(new TasksClosedException()));
        }
    }

    private void ended() {
        List<Runnable> waiting;
        synchronized (account) {
            if (--account.active > 0) {
                return;
            }
            Consumer<Boolean> busy = account.busyListener;
            deliver.execute(() -> busy.accept(false));
            waiting = new ArrayList<>(account.whenIdle);
            account.whenIdle.clear();
        }
        waiting.forEach(Runnable::run);
    }

    /** How many tasks are queued or running on both lanes. */
    public int pending() {
        synchronized (account) {
            return account.active;
        }
    }

    /** True once {@link #closeWhenIdle} or {@link #shutdownWhenDone} has been called. */
    public boolean isClosed() {
        synchronized (account) {
            return account.closed;
        }
    }

    /**
     * Ends this session of work: refuses new tasks from now on, waits until everything queued or
     * running on both lanes has finished, then runs {@code last} on the vault lane (e.g. closing the
     * vault), stops the threads, and delivers the outcome, then the {@link #whenDone} action.
     */
    public <T> void closeWhenIdle(Callable<T> last, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Runnable finish = () -> worker.execute(() -> {
            // the session is over: its listeners (a workspace's busy strip) must not keep the closed
            // workspace, and through it client data, reachable from whoever keeps this object. They
            // are dropped before the outcome is delivered, so whoever waits for it finds them gone.
            Runnable after = account.afterShutdown;
            account.afterShutdown = () -> { };
            account.busyListener = busy -> { };
            try {
                T result = last.call();
                deliver.execute(() -> onSuccess.accept(result));
            } catch (Throwable error) {
                LOG.log(Level.WARNING, "closing work failed: {0}", error.getClass().getName());
                deliver.execute(() -> onFailure.accept(error));
            } finally {
                stopThreads();
                deliver.execute(after);
            }
        });
        boolean now;
        synchronized (account) {
            account.closed = true;
            now = account.active == 0;
            if (!now) {
                account.whenIdle.add(finish);
            }
        }
        if (now) {
            finish.run();
        }
    }

    /** Lets the queued work finish, then stops the threads; work submitted afterwards is refused. */
    public void shutdownWhenDone() {
        closeWhenIdle(() -> null, ignored -> { }, error -> { });
    }

    /** Runs {@code action} on the delivery executor once the session has been closed and drained. */
    public void whenDone(Runnable action) {
        account.afterShutdown = action;
    }

    /** Runs {@code action} on the delivery executor: for progress reported from inside running work. */
    public void deliver(Runnable action) {
        deliver.execute(action);
    }

    private void stopThreads() {
        if (worker instanceof ExecutorService service) {
            service.shutdown();
        }
        if (jobs != worker && jobs instanceof ExecutorService service) {
            service.shutdown();
        }
    }

    /** Work on the job lane. */
    @FunctionalInterface
    public interface Job<T> {
        T run(TaskControl control) throws Exception;
    }
}
