package org.goldseam.app.search;

/** What the search window is doing, as {@link SearchPresenter} announces it. */
public enum SearchState {
    /** Nothing to search for yet. */
    IDLE,
    /** Waiting for the word index; {@link SearchPresenter#indexStatus()} tells how far it is. */
    INDEXING,
    SEARCHING,
    RESULTS,
    /** The query cannot be read or the form is not a search yet; see {@link SearchPresenter#problem()}. */
    INVALID
}
