package org.goldseam.app.tasks;

/** How far a job has come: {@code done} of {@code total} steps, {@code step} saying what runs now (never a client's name). */
public record TaskProgress(int done, int total, String step) {
}
