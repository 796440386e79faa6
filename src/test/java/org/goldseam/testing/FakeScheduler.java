package org.goldseam.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.goldseam.app.workspace.Scheduler;

/** A scheduler whose time only moves when the test says so. */
public final class FakeScheduler implements Scheduler {
    private Duration now = Duration.ZERO;
    private final List<Task> tasks = new ArrayList<>();

    private static final class Task implements Cancellable {
        final Duration due;
        final Runnable action;
        boolean cancelled;

        Task(Duration due, Runnable action) {
            this.due = due;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Task task = new Task(now.plus(delay), action);
        tasks.add(task);
        return task;
    }

    /** Moves time forward, running every action that falls due, in order. */
    public void advance(Duration by) {
        Duration until = now.plus(by);
        while (true) {
            Task next = tasks.stream().filter(t -> !t.cancelled && t.due.compareTo(until) <= 0)
                    .min(Comparator.comparing(t -> t.due)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = next.due;
            next.action.run();
        }
        now = until;
    }

    public long waiting() {
        return tasks.stream().filter(t -> !t.cancelled).count();
    }
}
