package org.goldseam.app.cli;

import org.jspecify.annotations.Nullable;

/** The user asked for something the command cannot do as asked; exit code 2 with this message. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(@Nullable String message) {
        super(message);
    }
}
