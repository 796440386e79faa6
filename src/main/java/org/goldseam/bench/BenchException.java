package org.goldseam.bench;

/** A benchmark could not be run; the message says which and why, without client data. */
public final class BenchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BenchException(String message) {
        super(message);
    }
}
