package org.goldseam.app.services;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldseam.notes.Addendum;
import org.goldseam.notes.AddendumKind;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteListItem;
import org.goldseam.notes.SessionNote;
import org.goldseam.notes.ShameKinds;
import org.goldseam.framework.FrameworkException;
import org.goldseam.framework.model.Category;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.search.SearchService;
import org.goldseam.vault.Vault;

/**
 * Session notes: created, saved, signed and amended. Each change and its audit entry commit
 * together; the caseload search hears of the note once the transaction has committed.
 */
public final class NoteService {
    private final SessionNoteRepository notes;
    private final Audited audited;
    private final SearchService search;

    public NoteService(Vault vault, Clock clock, SearchService search) {
        this.notes = new SessionNoteRepository(vault.database().dsl(), clock);
        this.audited = new Audited(vault, clock);
        this.search = search;
    }

    public long create(String actor, long clientId, NoteContent initial) {
        checkShameKinds(initial);
        long id = audited.change(actor, audit -> {
            long noteId = notes.createDraft(clientId, initial);
            audit.noteCreated(clientId, noteId);
            return noteId;
        });
        indexed(id);
        return id;
    }

    /**
     * Saves a draft. {@code firstEditOfSession}: the editor logs the first save of an editing session
     * ({@code note_edited}), not every keystroke.
     */
    public void saveDraft(String actor, long clientId, long noteId, NoteContent content, boolean firstEditOfSession) {
        checkShameKinds(content);
        audited.change(actor, audit -> {
            notes.saveDraft(noteId, content);
            if (firstEditOfSession) {
                audit.noteEdited(clientId, noteId);
            }
            return null;
        });
        indexed(noteId);
    }

    /** Signs the note as {@code signer}: the signature and its {@code note_signed} entry commit together. */
    public SessionNote sign(String signer, long clientId, long noteId) {
        Instant now = audited.clock().instant();
        SessionNote signed = audited.change(signer, audit -> {
            SessionNote stored = notes.sign(noteId, signer, now);
            audit.noteSigned(clientId, noteId);
            return stored;
        });
        indexed(noteId);
        return signed;
    }

    public long addAddendum(String author, long clientId, long noteId, AddendumKind kind, String text) {
        Instant now = audited.clock().instant();
        long id = audited.change(author, audit -> {
            long addendumId = notes.addAddendum(noteId, kind, author, text, now);
            audit.addendumAdded(clientId, noteId, kind.dbValue());
            return addendumId;
        });
        indexed(noteId);
        return id;
    }

    // ---- reads

    public Optional<SessionNote> findById(long noteId) {
        return notes.findById(noteId);
    }

    public List<NoteListItem> listForClient(long clientId) {
        return notes.listForClient(clientId);
    }

    public List<Addendum> addenda(long noteId) {
        return notes.addenda(noteId);
    }

    /**
     * Refuses a kind of shame the framework does not allow on what it is attached to
     * ({@link ShameKinds}: a core belief carries core shame only, an act may carry adaptive shame).
     *
     * @throws FrameworkException with a message for the clinician
     */
    private void checkShameKinds(NoteContent content) {
        List<Long> ids = content.observations().stream().filter(o -> o.shameKind() != null).map(o -> o.entryId()).toList();
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, Category> categories = new HashMap<>();
        Map<Long, String> labels = new HashMap<>();
        notes.entries(ids).forEach((id, entry) -> {
            categories.put(id, entry.category());
            labels.put(id, entry.label());
        });
        String problem = ShameKinds.problem(content.observations(), categories, labels);
        if (problem != null) {
            throw new FrameworkException(problem);
        }
    }

    private void indexed(long noteId) {
        if (search != null) {
            search.onNoteSaved(noteId);
        }
    }
}
