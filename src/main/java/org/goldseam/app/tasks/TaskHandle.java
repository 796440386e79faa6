package org.goldseam.app.tasks;

import java.util.concurrent.atomic.AtomicBoolean;

/** Returned for each job: asks it to stop at its next step. */
public final class TaskHandle {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
