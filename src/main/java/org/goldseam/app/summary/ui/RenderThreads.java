package org.goldseam.app.summary.ui;

import java.util.concurrent.Executor;

/**
 * Where summaries render: a fresh daemon thread per job, below normal priority so typing stays
 * smooth. Not the vault worker: a batch of a hundred summaries must not hold up autosaves.
 */
final class RenderThreads {
    private RenderThreads() {
    }

    // a PDF render is background work: the event thread and the autosave come first
    @SuppressWarnings("ThreadPriorityCheck")
    static Executor perJob() {
        return job -> {
            Thread thread = new Thread(job, "goldseam-summary-render");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            thread.start();
        };
    }
}
