package org.goldseam.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final ExecutorService jobs = Executors.newCachedThreadPool();
    private final List<String> order = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        worker.shutdownNow();
        jobs.shutdownNow();
    }

    @Test
    void closingWaitsForARunningJobAndTheQueuedSavesBeforeItsLastTask() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks(worker, jobs, Runnable::run);
        CountDownLatch renderStarted = new CountDownLatch(1);
        CountDownLatch releaseRender = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        tasks.runJob(control -> {
            renderStarted.countDown();
            releaseRender.await(10, TimeUnit.SECONDS);
            order.add("render finished");
            return null;
        }, progress -> { }, done -> { }, error -> { });
        tasks.run(() -> order.add("save"), error -> { });
        assertThat(renderStarted.await(10, TimeUnit.SECONDS)).isTrue();

        tasks.closeWhenIdle(() -> order.add("vault closed"), done -> closed.countDown(), error -> { });
        // the vault lane is free (the save ran) but the render still runs: the vault stays open
        assertThat(closed.await(200, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(order).doesNotContain("vault closed");

        releaseRender.countDown();
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactlyInAnyOrder("save", "render finished", "vault closed");
        assertThat(order.get(2)).isEqualTo("vault closed");
        assertThat(tasks.pending()).isZero();
    }

    @Test
    void workAfterTheSessionClosedIsRefusedThroughItsFailureHandlerNeverThrown() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks(worker, jobs, Runnable::run);
        CountDownLatch closed = new CountDownLatch(1);
        tasks.closeWhenIdle(() -> null, done -> closed.countDown(), error -> { });
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();

        AtomicReference<Throwable> failure = new AtomicReference<>();
        tasks.run(() -> "saved", saved -> order.add(saved), failure::set);

        assertThat(failure.get()).isInstanceOf(TasksClosedException.class);
        assertThat(order).isEmpty();
        assertThat(failure.get().getMessage()).contains("locked").doesNotContainPattern("[0-9]");
    }

    @Test
    void aJobReportsProgressAndStopsWhenCancelled() {
        List<Runnable> queue = new ArrayList<>();
        BackgroundTasks tasks = new BackgroundTasks(queue::add, Runnable::run);
        List<TaskProgress> heard = new ArrayList<>();
        AtomicReference<Integer> stepsDone = new AtomicReference<>();
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = tasks.runJob(control -> {
            int step = 0;
            while (step < 10 && !control.isCancelled()) {
                step++;
                control.progress(step, 10, "Summary " + step);
                if (step == 3) {
                    handle[0].cancel(); // as the Cancel button would, while the job runs
                }
            }
            return step;
        }, heard::add, stepsDone::set, error -> { });
        assertThat(tasks.pending()).isEqualTo(1);

        queue.remove(0).run();

        assertThat(stepsDone.get()).isEqualTo(3);
        assertThat(heard).extracting(TaskProgress::done).containsExactly(1, 2, 3);
        assertThat(heard.get(2)).isEqualTo(new TaskProgress(3, 10, "Summary 3"));
        assertThat(tasks.pending()).isZero();
    }
}
