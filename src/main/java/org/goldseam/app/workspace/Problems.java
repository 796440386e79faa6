package org.goldseam.app.workspace;

import org.goldseam.framework.FrameworkException;
import org.goldseam.notes.NoteStateException;
import org.goldseam.vault.VaultException;
import org.jspecify.annotations.NullUnmarked;

/**
 * Turns an error from the vault into a sentence for the clinician. Database messages are never
 * shown: they can quote client text and mean nothing to a therapist.
 */
@NullUnmarked // NullAway findings here are not fixed yet: see ADR 0018
public final class Problems {
    private Problems() {
    }

    public static String describe(Throwable error) {
        var damaged = org.goldseam.vault.persistence.StoredDataErrors.unreadable(error);
        if (damaged.isPresent()) {
            return damaged.get().getMessage();
        }
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof VaultException) && !(cause instanceof FrameworkException)
                && !(cause instanceof NoteStateException)) {
            cause = cause.getCause();
        }
        if (cause instanceof VaultException || cause instanceof FrameworkException) {
            return cause.getMessage();
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
        return "Something unexpected went wrong (" + cause.getClass().getSimpleName() + "). Please try again.";
    }
}
