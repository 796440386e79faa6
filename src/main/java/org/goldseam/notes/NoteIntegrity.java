package org.goldseam.notes;

/** Checks that a signed note still says what it said when it was signed. */
public final class NoteIntegrity {
    private NoteIntegrity() {
    }

    /**
     * True if {@code note} is signed and its stored hash equals the hash of what it holds now, under
     * the hash version it was signed with (from version 2 on, that includes who signed and when).
     * A draft has nothing to verify and returns false.
     */
    public static boolean verify(SessionNote note) {
        return note.isSigned() && note.contentHash() != null && note.contentHash().equals(NoteContentHash.expected(note));
    }
}
