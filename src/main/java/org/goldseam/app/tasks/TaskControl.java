package org.goldseam.app.tasks;

/** What a running job sees of its task: where to report progress, and whether it was asked to stop. */
public interface TaskControl {
    /** Called on the job's thread; the listener hears it on the delivery executor. */
    void progress(int done, int total, String step);

    /** True once {@link TaskHandle#cancel()} was called; a job checks it between steps. */
    boolean isCancelled();
}
