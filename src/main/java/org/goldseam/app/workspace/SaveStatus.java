package org.goldseam.app.workspace;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the editor's status line says about the note on disk.
 *
 * @param state   where the note stands
 * @param savedAt when the last save finished (for "Saved 10:42"), or null
 * @param problem a clinician-readable reason when a save failed, else null
 */
public record SaveStatus(State state, @Nullable Instant savedAt, @Nullable String problem) {
    public enum State {
        /** Nothing typed since the note was opened or last saved. */
        SAVED,
        /** Typed text waits for the autosave, which follows within a second of the last keystroke. */
        PENDING,
        /** The save is being written. */
        SAVING,
        /** The last save failed; the text is still in the editor and will be tried again. */
        FAILED
    }

    public static SaveStatus saved(Instant at) {
        return new SaveStatus(State.SAVED, at, null);
    }
}
