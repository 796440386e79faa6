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
import org.jspecify.annotations.Nullable;

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

    /**
     * What one opened note has typed and saved. A save belongs to the draft it was started for: when
     * it finishes after another note was opened, it updates that draft only, so "Saved" on screen
     * always means the note on screen is written (a shared counter once let note A's save mark
     * note B as saved).
     */
    private static final class Draft {
        final SessionNote note;
        NoteContent content;
        long revision;
        long savedRevision;
        boolean saving;
        boolean editAudited;

        Draft(SessionNote note) {
            this.note = note;
            this.content = note.content();
        }

        boolean unsaved() {
            return saving || revision != savedRevision;
        }
    }

    /** The note shown; null when no note is open. */
    private @Nullable Draft draft;
    /** Notes left while their text was still being written; lock and quit wait for them too. */
    private final List<Draft> leaving = new ArrayList<>();
    private @Nullable SaveStatus status;
    private Scheduler.@Nullable Cancellable pending;
    private final List<Consumer<Boolean>> waitingForSave = new ArrayList<>();

    /**
     * @param onStatus told the old and new status at each change
     * @param onSaved  told when a save of the note shown has finished, before its status, with the themes the saved text suggests
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
     * {@link #announceOpened} says so once the editor has announced the note itself. A save of the
     * note shown before still finishes, for that note.
     */
    void open(SessionNote shown) {
        leave();
        draft = new Draft(shown);
    }

    void announceOpened() {
        if (draft == null) {
            return; // no note is open: nothing to announce
        }
        setStatus(SaveStatus.saved(draft.note.updatedAt().toInstant()));
    }

    /** The editor has just created the note, and creating it was audited as its first change. */
    void firstEditAudited() {
        if (draft != null) {
            draft.editAudited = true;
        }
    }

    /** Forgets the note; a save already running still finishes. */
    void close() {
        leave();
        draft = null;
    }

    private void leave() {
        cancelPending();
        if (draft != null && draft.unsaved()) {
            leaving.add(draft);
            save(draft);
        }
    }

    /** The text in the editor is a new revision; {@link #saveSoon} follows once the editor has announced it. */
    void edited(NoteContent next) {
        if (draft == null) {
            return; // no note is open (it was closed under the edit): nothing to save
        }
        draft.content = next;
        draft.revision++;
    }

    /** Saves {@link NoteEditorPresenter#AUTOSAVE_DELAY} from now; a later edit restarts the wait. */
    void saveSoon() {
        if (draft == null) {
            return;
        }
        if (!draft.saving) {
            setStatus(new SaveStatus(SaveStatus.State.PENDING, status == null ? null : status.savedAt(), null));
        }
        cancelPending();
        pending = scheduler.schedule(NoteEditorPresenter.AUTOSAVE_DELAY, this::saveNow);
    }

    /** Which revision the editor's text is, to tell whether it changed while something was worked out. */
    long revision() {
        return draft == null ? 0 : draft.revision;
    }

    @Nullable SaveStatus status() {
        return status;
    }

    boolean hasUnsavedChanges() {
        return (draft != null && draft.unsaved()) || !leaving.isEmpty();
    }

    void saveNow() {
        cancelPending();
        if (draft != null) {
            save(draft);
        }
    }

    private void save(Draft target) {
        if (target.note.isSigned() || target.saving || target.revision == target.savedRevision) {
            return;
        }
        long snapshotRevision = target.revision;
        NoteContent snapshot = target.content;
        long noteId = target.note.id();
        long clientId = target.note.clientId();
        boolean audit = !target.editAudited;
        target.saving = true;
        if (target == draft) {
            setStatus(new SaveStatus(SaveStatus.State.SAVING, status == null ? null : status.savedAt(), null));
        }
        tasks.run(() -> {
            // audited on the first save of an editing session, not every keystroke; the caseload
            // search sees what was just written, and suggestions follow the text
            services.notes().saveDraft(clinician.get(), clientId, noteId, snapshot, audit);
            return new Saved(services.clock().instant(), extras.suggest(snapshot));
        }, saved -> {
            target.saving = false;
            target.editAudited = true;
            target.savedRevision = Math.max(target.savedRevision, snapshotRevision);
            if (target != draft) {
                // another note is on screen now: finish this one quietly, newer text included
                save(target);
                if (!target.unsaved()) {
                    leaving.remove(target);
                }
                releaseIfAllSaved();
                onStored.run();
                return;
            }
            Instant savedAt = saved.at();
            onSaved.accept(saved.suggestions());
            if (target.revision == target.savedRevision) {
                setStatus(SaveStatus.saved(savedAt));
                releaseIfAllSaved();
            } else {
                setStatus(new SaveStatus(SaveStatus.State.PENDING, savedAt, null));
                save(target); // typed while saving: write the newer text straight away
            }
            onStored.run();
        }, error -> {
            target.saving = false;
            if (target != draft) {
                // the note left still has unsaved text: keep trying for it, and lock and quit keep waiting
                scheduler.schedule(NoteEditorPresenter.RETRY_DELAY, () -> save(target));
                release(false);
                return;
            }
            setStatus(new SaveStatus(SaveStatus.State.FAILED, status == null ? null : status.savedAt(),
                    Problems.describe(error) + " Your text is still in the editor; Goldseam will try again."));
            release(false);
            pending = scheduler.schedule(NoteEditorPresenter.RETRY_DELAY, this::saveNow);
        });
    }

    private void releaseIfAllSaved() {
        if (!hasUnsavedChanges()) {
            release(true);
        }
    }

    /** See {@link NoteEditorPresenter#flush}. */
    void flush(Consumer<Boolean> then) {
        if (!hasUnsavedChanges()) {
            then.accept(true);
            return;
        }
        waitingForSave.add(then);
        if (draft != null) {
            saveNow();
        }
        leaving.forEach(this::save);
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
