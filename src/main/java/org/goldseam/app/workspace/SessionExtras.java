package org.goldseam.app.workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.goldseam.app.services.VaultServices;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.SessionNote;
import org.goldseam.search.ThemeSuggestion;

/**
 * What the note editor shows beside the note itself: the client's words recorded against this
 * session (reflective answers, inner-critic lines), and themes the text seems to describe. Runs on
 * the vault worker.
 */
final class SessionExtras {
    private final VaultServices services;

    SessionExtras(VaultServices services) {
        this.services = services;
    }

    /** The reflective answers and inner-critic lines recorded against this session, as display lines. */
    List<String> recordedIn(SessionNote note) {
        List<String> lines = new ArrayList<>();
        long clientId = note.clientId();
        long noteId = note.id();
        // the lines heard in this session itself: a later hearing elsewhere never takes one away
        for (String line : services.framework().innerCritic().heardIn(noteId)) {
            lines.add("Inner critic: \u201c" + line + "\u201d");
        }
        for (var answer : services.framework().reflection().answers(clientId)) {
            if (answer.noteId() != null && answer.noteId() == noteId) {
                lines.add(answer.question().prompt() + " \u2014 " + answer.answer());
            }
        }
        return List.copyOf(lines);
    }

    /**
     * Taxonomy entries the text seems to describe that the note does not tag yet. Only offered:
     * nothing is tagged without the clinician's click.
     */
    List<ThemeSuggestion> suggest(NoteContent content) {
        StringBuilder all = new StringBuilder();
        content.sections().forEach(section -> all.append(section.text() == null ? "" : section.text()).append('\n'));
        Set<Long> tagged = new HashSet<>();
        content.observations().forEach(o -> tagged.add(o.entryId()));
        content.interventions().forEach(i -> tagged.add(i.entryId()));
        return services.search().suggestThemes(all.toString(), tagged);
    }
}
