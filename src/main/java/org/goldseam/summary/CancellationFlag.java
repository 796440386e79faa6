package org.goldseam.summary;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Set from any thread (e.g. a Cancel button) to stop a summary or a batch at the next step. A
 * summary stopped this way leaves no file behind; a batch keeps the summaries already written.
 */
public final class CancellationFlag {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link SummaryException} with {@link SummaryProblem#CANCELLED} once cancelled. */
    public void check() {
        if (isCancelled()) {
            throw new SummaryException(SummaryProblem.CANCELLED, "The summary was cancelled; no file was written.");
        }
    }
}
