package org.goldseam.bench;

/** A benchmark could not be run; the message says which and why, without client data. */
public final class BenchException extends RuntimeException {
    public BenchException(String message) {
        super(message);
    }
}
