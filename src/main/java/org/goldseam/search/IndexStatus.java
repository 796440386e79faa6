package org.goldseam.search;

/**
 * How far the in-memory full-text index is. Searches by theme never wait for it; searches with
 * words need it {@link State#READY}.
 *
 * @param done  notes indexed so far
 * @param total notes to index
 */
public record IndexStatus(State state, int done, int total) {
    public enum State { NOT_STARTED, BUILDING, READY, FAILED }

    public static IndexStatus notStarted() {
        return new IndexStatus(State.NOT_STARTED, 0, 0);
    }

    public boolean ready() {
        return state == State.READY;
    }

    /** Share of the notes indexed, 0 to 1 (1 when there is nothing to index). */
    public double fraction() {
        return total == 0 ? (state == State.READY ? 1 : 0) : (double) done / total;
    }
}
