package org.goldseam.search;

/** A search request that cannot be done as asked; the message says why, in the clinician's terms. */
public class SearchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
