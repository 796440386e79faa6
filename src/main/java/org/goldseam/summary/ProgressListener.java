package org.goldseam.summary;

/**
 * Hears how far a summary or a batch has come. Called on the thread doing the work; a Swing caller
 * hands the values to the event thread itself. Messages never name a client.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, message) -> { };

    /** {@code done} of {@code total} steps are finished; {@code message} says what comes next. */
    void progress(int done, int total, String message);
}
