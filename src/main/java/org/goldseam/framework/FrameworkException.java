package org.goldseam.framework;

/** A request the clinical framework refuses; the message is written for the clinician. */
public final class FrameworkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FrameworkException(String message) {
        super(message);
    }
}
