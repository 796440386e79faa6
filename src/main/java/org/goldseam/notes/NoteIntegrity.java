package org.goldseam.notes;

/** Checks that a signed note still says what it said when it was signed. */
public final class NoteIntegrity {
    private NoteIntegrity() {
    }

    /**
     * True if {@code note} is signed and its stored hash equals the hash of its current content.
     * A draft has nothing to verify and returns false.
     */
    public static boolean verify(SessionNote note) {
        return note.isSigned() && note.contentHash() != null && note.contentHash().equals(NoteContentHash.of(note));
    }
}
