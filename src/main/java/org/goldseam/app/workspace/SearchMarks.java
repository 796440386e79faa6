package org.goldseam.app.workspace;

import java.util.Collection;
import java.util.Set;
import org.goldseam.notes.SessionNote;
import org.goldseam.search.MatchedWords;

/** A search's words and the notes it matched: the editor marks the words in those notes. */
record SearchMarks(MatchedWords words, Set<Long> noteIds) {
    static final SearchMarks NONE = new SearchMarks(MatchedWords.none(), Set.of());

    /** A search by themes alone marks nothing. */
    static SearchMarks of(MatchedWords words, Collection<Long> noteIds) {
        return words.isEmpty() ? NONE : new SearchMarks(words, Set.copyOf(noteIds));
    }

    boolean covers(long noteId) {
        return noteIds.contains(noteId);
    }

    /** Where the words are in {@code note}, none if the search did not match it. Analysis only: run it off the event thread. */
    NoteHighlights in(SessionNote note) {
        return covers(note.id()) ? NoteHighlights.find(words, note.content()) : NoteHighlights.NONE;
    }
}
