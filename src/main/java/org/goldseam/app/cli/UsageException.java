package org.goldseam.app.cli;

/** The user asked for something the command cannot do as asked; exit code 2 with this message. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
