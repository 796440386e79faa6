package org.goldseam.app.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.SessionNote;
import org.goldseam.search.ThemeSuggestion;

/**
 * The note editor's autosave: the draft is written a moment after the last keystroke, on the vault
 * worker, and the save status says how far the disk has caught up. Called on the event thread.
 *
 * <p>Nothing acknowledged is lost: every edit bumps a revision, a save writes a snapshot of one
 * revision, and the status only reads "Saved" when the saved revision is the latest one.
 * {@link #flush} lets lock, close and client switch wait for the last save.
 */
final class NoteAutosave {
    private record Saved(Instant at, List<ThemeSuggestion> suggestions) { }

    private final VaultServices services;
    private final BackgroundTasks tasks;
    private final Scheduler scheduler;
    private final Supplier<String> clinician;
    private final SessionExtras extras;
    private final BiConsumer<SaveStatus, SaveStatus> onStatus;
    private final Consumer<List<ThemeSuggestion>> onSaved;
    private final Runnable onStored;

    /** The note shown and its text at the latest revision; null when no note is open. */
    private SessionNote note;
    private NoteContent content;
    private SaveStatus status;
    private long revision;
    private long savedRevision;
    private boolean saving;
    private boolean editAudited;
    private Scheduler.Cancellable pending;
    private final List<Consumer<Boolean>> waitingForSave = new ArrayList<>();

    /**
     * @param onStatus told the old and new status at each change
     * @param onSaved  told when a save has finished, before its status, with the themes the saved text suggests
     * @param onStored told last after each save, so lists elsewhere can refresh
     */
    NoteAutosave(VaultServices services, BackgroundTasks tasks, Scheduler scheduler, Supplier<String> clinician,
                 SessionExtras extras, BiConsumer<SaveStatus, SaveStatus> onStatus,
                 Consumer<List<ThemeSuggestion>> onSaved, Runnable onStored) {
        this.services = services;
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.clinician = clinician;
        this.extras = extras;
        this.onStatus = onStatus;
        this.onSaved = onSaved;
        this.onStored = onStored;
    }

    /**
     * Starts on a note just shown, with nothing typed and its first edit not yet audited. Quiet:
     * {@link #announceOpened} says so once the editor has announced the note itself.
     */
    void open(SessionNote shown) {
        cancelPending();
        note = shown;
        content = shown.content();
        revision = 0;
        savedRevision = 0;
        editAudited = false;
    }

    void announceOpened() {
        setStatus(SaveStatus.saved(note.updatedAt().toInstant()));
    }

    /** The editor has just created the note, and creating it was audited as its first change. */
    void firstEditAudited() {
        editAudited = true;
    }

    /** Forgets the note; a save already running still finishes. */
    void close() {
        cancelPending();
        note = null;
        content = null;
    }

    /** The text in the editor is a new revision; {@link #saveSoon} follows once the editor has announced it. */
    void edited(NoteContent next) {
        content = next;
        revision++;
    }

    /** Saves {@link NoteEditorPresenter#AUTOSAVE_DELAY} from now; a later edit restarts the wait. */
    void saveSoon() {
        if (!saving) {
            setStatus(new SaveStatus(SaveStatus.State.PENDING, status == null ? null : status.savedAt(), null));
        }
        cancelPending();
        pending = scheduler.schedule(NoteEditorPresenter.AUTOSAVE_DELAY, this::saveNow);
    }

    /** Which revision the editor's text is, to tell whether it changed while something was worked out. */
    long revision() {
        return revision;
    }

    SaveStatus status() {
        return status;
    }

    boolean hasUnsavedChanges() {
        return saving || revision != savedRevision;
    }

    void saveNow() {
        cancelPending();
        if (note == null || note.isSigned() || saving || revision == savedRevision) {
            return;
        }
        long snapshotRevision = revision;
        NoteContent snapshot = content;
        long noteId = note.id();
        long clientId = note.clientId();
        boolean audit = !editAudited;
        saving = true;
        setStatus(new SaveStatus(SaveStatus.State.SAVING, status.savedAt(), null));
        tasks.run(() -> {
            // audited on the first save of an editing session, not every keystroke; the caseload
            // search sees what was just written, and suggestions follow the text
            services.notes().saveDraft(clinician.get(), clientId, noteId, snapshot, audit);
            return new Saved(services.clock().instant(), extras.suggest(snapshot));
        }, saved -> {
            Instant savedAt = saved.at();
            onSaved.accept(saved.suggestions());
            saving = false;
            editAudited = true;
            savedRevision = Math.max(savedRevision, snapshotRevision);
            if (revision == savedRevision) {
                setStatus(SaveStatus.saved(savedAt));
                release(true);
            } else {
                setStatus(new SaveStatus(SaveStatus.State.PENDING, savedAt, null));
                saveNow(); // typed while saving: write the newer text straight away
            }
            onStored.run();
        }, error -> {
            saving = false;
            setStatus(new SaveStatus(SaveStatus.State.FAILED, status.savedAt(),
                    Problems.describe(error) + " Your text is still in the editor; Goldseam will try again."));
            release(false);
            pending = scheduler.schedule(NoteEditorPresenter.RETRY_DELAY, this::saveNow);
        });
    }

    /** See {@link NoteEditorPresenter#flush}. */
    void flush(Consumer<Boolean> then) {
        if (note == null || note.isSigned() || (!saving && revision == savedRevision)) {
            then.accept(true);
            return;
        }
        waitingForSave.add(then);
        if (!saving) {
            saveNow();
        }
    }

    private void release(boolean saved) {
        List<Consumer<Boolean>> waiting = new ArrayList<>(waitingForSave);
        waitingForSave.clear();
        waiting.forEach(callback -> callback.accept(saved));
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    private void setStatus(SaveStatus next) {
        SaveStatus old = status;
        status = next;
        onStatus.accept(old, next);
    }
}
