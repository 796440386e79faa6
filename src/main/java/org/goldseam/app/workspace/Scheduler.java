package org.goldseam.app.workspace;

import java.time.Duration;

/**
 * Runs an action later on the UI thread. The desktop uses a Swing timer; presenter tests use a
 * fake whose time moves only when the test says so.
 */
public interface Scheduler {
    Cancellable schedule(Duration delay, Runnable action);

    /** A scheduled action that has not run yet can be called off. */
    interface Cancellable {
        void cancel();
    }
}
