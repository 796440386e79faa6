package org.goldseam.app.tasks;

/**
 * Given to a task's failure handler (never thrown at its caller) when it was submitted after the
 * vault session ended, by a lock or quit. It carries no client data.
 */
public final class TasksClosedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TasksClosedException() {
        super("Goldseam was locked before this could be done; nothing was changed.");
    }
}
