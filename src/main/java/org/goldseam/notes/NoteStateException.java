package org.goldseam.notes;

/** A note operation refused because of the note's status: a signed note is locked, addenda need one. */
public final class NoteStateException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final long noteId;
    private final NoteStatus status;

    private NoteStateException(long noteId, NoteStatus status, String message) {
        super(message);
        this.noteId = noteId;
        this.status = status;
    }

    public static NoteStateException signed(long noteId) {
        return new NoteStateException(noteId, NoteStatus.SIGNED,
                "Note " + noteId + " is signed and can no longer be changed; add an addendum or correction instead.");
    }

    public static NoteStateException notSigned(long noteId) {
        return new NoteStateException(noteId, NoteStatus.DRAFT,
                "Note " + noteId + " is still a draft; edit it directly. Addenda are only for signed notes.");
    }

    public long noteId() {
        return noteId;
    }

    /** The status the note had when the operation was refused. */
    public NoteStatus status() {
        return status;
    }
}
