package org.goldseam.app.workspace;

import org.goldseam.framework.FrameworkException;
import org.goldseam.notes.NoteStateException;
import org.goldseam.vault.VaultException;

/**
 * Turns an error from the vault into a sentence for the clinician. Database messages are never
 * shown: they can quote client text and mean nothing to a therapist.
 */
public final class Problems {
    private Problems() {
    }

    public static String describe(Throwable error) {
        var damaged = org.goldseam.vault.persistence.StoredDataErrors.unreadable(error);
        if (damaged.isPresent()) {
            return messageOf(damaged.get());
        }
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof VaultException) && !(cause instanceof FrameworkException)
                && !(cause instanceof NoteStateException)) {
            cause = cause.getCause();
        }
        if (cause instanceof VaultException || cause instanceof FrameworkException) {
            return messageOf(cause);
        }
        if (cause instanceof org.goldseam.app.tasks.TasksClosedException) {
            return cause.getMessage() + " Unlock and try again.";
        }
        if (cause instanceof NoteStateException) {
            return "This note was signed in the meantime, so the change was not saved. Add an addendum instead.";
        }
        if (cause instanceof java.io.IOException || String.valueOf(cause.getMessage()).contains("No space left")) {
            return "The vault could not be written (is the disk full or disconnected?).";
        }
        return unexpected(cause);
    }

    /** The exception's own sentence; Goldseam's exceptions always carry one, but one without still gets words. */
    private static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message != null ? message : unexpected(error);
    }

    private static String unexpected(Throwable error) {
        return "Something unexpected went wrong (" + error.getClass().getSimpleName() + "). Please try again.";
    }
}
