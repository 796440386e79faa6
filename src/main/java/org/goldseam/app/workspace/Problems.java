package org.goldseam.app.workspace;

import org.goldseam.framework.FrameworkException;
import org.goldseam.notes.NoteStateException;
import org.goldseam.vault.VaultException;

/**
 * Turns a failure into a sentence for the clinician. Only exceptions whose messages are written for
 * people pass through; anything else (a database error could quote client text) gets a general,
 * safe sentence and is never shown or logged verbatim.
 */
public final class Problems {
    static final String GENERAL = "Goldseam could not finish this. Please try again; if it keeps happening, "
            + "close Goldseam and run \"goldseam check\" on the vault.";

    private Problems() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof FrameworkException || failure instanceof VaultException
                || failure instanceof NoteStateException) {
            return failure.getMessage();
        }
        return GENERAL;
    }
}
