package org.goldseam.app.workspace;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.notes.Addendum;
import org.goldseam.notes.AddendumKind;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.SessionNote;
import org.goldseam.search.MatchedWords;
import org.jspecify.annotations.Nullable;

/**
 * The state behind the session-note editor: the note as typed, autosaved a moment after the last
 * keystroke ({@link NoteAutosave}); signing; addenda. Swing-free: the view calls the edit methods on
 * the event thread and listens to the properties.
 */
public final class NoteEditorPresenter extends ObservableModel<NoteEditorPresenter.Property> {
    public enum Property { NOTE, CONTENT, SAVE_STATUS, ADDENDA, RECORDED, SUGGESTIONS, MESSAGE, HIGHLIGHTS }

    /** Quiet time after the last keystroke before saving; with the save itself, well under 2 s. */
    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(700);
    /** After a failed save, try again this much later (the text stays in the editor meanwhile). */
    public static final Duration RETRY_DELAY = Duration.ofSeconds(5);
    /** Notes signed this long after the session are labelled late entries. */
    public static final Duration LATE_ENTRY = org.goldseam.notes.LateEntry.THRESHOLD;

    private final VaultServices services;
    private final BackgroundTasks tasks;
    private final Supplier<String> clinician;
    private final Supplier<String> signer;
    private final Runnable onStored;
    private final SessionExtras extras;
    private final NoteAutosave autosave;

    /** The note shown and its content as edited; both null while no note is open. */
    private @Nullable SessionNote note;
    private @Nullable NoteContent content;
    private List<Addendum> addenda = List.of();
    private List<String> recorded = List.of();
    private List<org.goldseam.search.ThemeSuggestion> suggestions = List.of();
    private @Nullable String message;
    /** The search a client was opened from, marked in the notes it matched until another client or a lock. */
    private SearchMarks search = SearchMarks.NONE;
    private NoteHighlights highlights = NoteHighlights.NONE;

    /**
     * @param clinician the signing clinician's name and credentials, who is also named in audit entries
     * @param onStored  told after each save, sign and addendum, so lists elsewhere can refresh
     */
    public NoteEditorPresenter(VaultServices services, BackgroundTasks tasks, Scheduler scheduler,
                               Supplier<String> clinician, Runnable onStored) {
        this(services, tasks, scheduler, clinician, clinician, onStored);
    }

    /**
     * @param actor    who audit entries name
     * @param signer   who signs notes and addenda: the vault's clinician; null while the vault names
     *                 nobody, and then signing and addenda are refused with a message saying how to
     *                 name the clinician (never signed as the operating-system account)
     * @param onStored told after each save, sign and addendum, so lists elsewhere can refresh
     */
    public NoteEditorPresenter(VaultServices services, BackgroundTasks tasks, Scheduler scheduler,
                               Supplier<String> actor, Supplier<String> signer, Runnable onStored) {
        this.services = services;
        this.tasks = tasks;
        this.clinician = actor;
        this.signer = signer;
        this.onStored = onStored;
        this.extras = new SessionExtras(services);
        this.autosave = new NoteAutosave(services, tasks, scheduler, clinician, extras,
                (old, next) -> changed(Property.SAVE_STATUS, old, next), this::setSuggestions, onStored);
    }

    // ---- opening

    /** Loads a note (and its addenda) and shows it, with the words of the search it matched marked. */
    public void open(long noteId) {
        SearchMarks marks = search;
        tasks.run(() -> load(noteId, marks), this::show, this::report);
    }

    private Loaded load(long noteId) {
        return load(noteId, SearchMarks.NONE);
    }

    private Loaded load(long noteId, SearchMarks marks) {
        SessionNote found = services.notes().findById(noteId).orElseThrow();
        return new Loaded(found, services.notes().addenda(noteId), extras.recordedIn(found), marks.in(found));
    }

    /**
     * The client was opened from a search: from now on each of {@code noteIds} shows the search's
     * words marked when it is opened, the note shown now included. A search by themes alone marks
     * nothing. Ends with {@link #close} (another client, or a lock).
     */
    // identity on purpose: the very search, note and text objects that were analysed, not equal copies
    @SuppressWarnings("ReferenceEquality")
    public void markSearch(MatchedWords words, Collection<Long> noteIds) {
        search = SearchMarks.of(words, noteIds);
        if (note == null || content == null || !search.covers(note.id())) {
            setHighlights(NoteHighlights.NONE);
            return;
        }
        SearchMarks marks = search;
        SessionNote shown = note;
        NoteContent text = content;
        long at = autosave.revision();
        tasks.run(() -> NoteHighlights.find(marks.words(), text), found -> {
            // only if the clinician is still reading the very text that was analysed
            if (search == marks && note == shown && content == text && autosave.revision() == at) {
                setHighlights(found);
            }
        }, this::report);
    }

    /** Where the search's words are in the note shown; {@link NoteHighlights#NONE} when it was not opened from a search. */
    public NoteHighlights highlights() {
        return highlights;
    }

    private void setHighlights(NoteHighlights next) {
        NoteHighlights old = highlights;
        highlights = next;
        changed(Property.HIGHLIGHTS, old, next);
    }

    /** Records the client's answer to one of the four reflective questions, against this session. */
    public void recordReflection(org.goldseam.framework.model.ReflectiveQuestion question, String answer) {
        recordForSession(note -> services.framework().reflection().recordAnswer(note.clientId(), question, note.id(), answer));
    }

    /** Records a line the inner critic said, verbatim, as heard in this session. */
    public void recordInnerCritic(String line) {
        recordForSession(note -> services.framework().innerCritic().recordHearing(note.clientId(), note.id(), line));
    }

    private void recordForSession(Consumer<SessionNote> record) {
        if (note == null) {
            return;
        }
        SessionNote current = note;
        tasks.run(() -> {
            record.accept(current);
            services.search().onNoteSaved(current.id());
            return extras.recordedIn(current);
        }, lines -> {
            List<String> old = recorded;
            recorded = lines;
            changed(Property.RECORDED, old, recorded);
        }, this::report);
    }

    public List<String> recorded() {
        return recorded;
    }

    /** Creates a draft for {@code clientId} from {@code initial} and shows it. */
    public void create(long clientId, NoteContent initial) {
        tasks.run(() -> {
            long id = services.notes().create(clinician.get(), clientId, initial);
            return load(id);
        }, loaded -> {
            show(loaded);
            autosave.firstEditAudited();
            onStored.run();
        }, this::report);
    }

    private record Loaded(SessionNote note, List<Addendum> addenda, List<String> recorded, NoteHighlights highlights) {
        Loaded(SessionNote note, List<Addendum> addenda, List<String> recorded) {
            this(note, addenda, recorded, NoteHighlights.NONE);
        }
    }

    private void setSuggestions(List<org.goldseam.search.ThemeSuggestion> next) {
        List<org.goldseam.search.ThemeSuggestion> old = suggestions;
        suggestions = List.copyOf(next);
        changed(Property.SUGGESTIONS, old, suggestions);
    }

    /**
     * Takes a suggestion the clinician clicked: an intervention is ticked as used in the session (it
     * is something the therapist did, not a theme of the client's); anything else is tagged as a
     * theme at a middling intensity, to be adjusted.
     */
    public void accept(org.goldseam.search.ThemeSuggestion suggestion) {
        long id = suggestion.entryId();
        if (org.goldseam.framework.trend.TrendRule.categoryOfKey(suggestion.key())
                == org.goldseam.framework.model.Category.INTERVENTION) {
            edit(c -> c.interventions().stream().anyMatch(i -> i.entryId() == id) ? c
                    : NoteContents.withInterventions(c, java.util.stream.Stream.concat(c.interventions().stream(),
                            java.util.stream.Stream.of(new org.goldseam.notes.InterventionUse(id, null))).toList()));
        } else {
            edit(c -> NoteContents.withObservations(c, list -> {
                if (list.stream().noneMatch(o -> o.entryId() == id)) {
                    list.add(new org.goldseam.notes.ThemeObservation(id, 5, null, null));
                }
                return list;
            }));
        }
        setSuggestions(suggestions.stream().filter(s -> s.entryId() != suggestion.entryId()).toList());
    }

    public List<org.goldseam.search.ThemeSuggestion> suggestions() { return suggestions; }

    private void show(Loaded loaded) {
        autosave.open(loaded.note());
        // set before NOTE is announced, so a view redrawing the note never marks it with the last note's ranges
        NoteHighlights oldHighlights = highlights;
        highlights = loaded.highlights();
        SessionNote old = note;
        note = loaded.note();
        NoteContent oldContent = content;
        content = loaded.note().content();
        List<Addendum> oldAddenda = addenda;
        addenda = loaded.addenda();
        List<String> oldRecorded = recorded;
        recorded = loaded.recorded();
        changed(Property.NOTE, old, note);
        changed(Property.RECORDED, oldRecorded, recorded);
        setSuggestions(List.of());
        changed(Property.CONTENT, oldContent, content);
        changed(Property.ADDENDA, oldAddenda, addenda);
        changed(Property.HIGHLIGHTS, oldHighlights, highlights);
        autosave.announceOpened();
    }

    /** Forgets the note (the vault is locking, or another client was chosen). Call {@link #flush} first. */
    public void close() {
        autosave.close();
        search = SearchMarks.NONE;
        SessionNote old = note;
        note = null;
        content = null;
        addenda = List.of();
        setHighlights(NoteHighlights.NONE);
        changed(Property.NOTE, old, null);
    }

    // ---- editing

    /**
     * Applies one edit from the view. Refused (with a message) when the note is signed or the edit
     * breaks a rule of the record, such as a duration over ten hours.
     */
    public void edit(UnaryOperator<NoteContent> change) {
        if (note == null || content == null) {
            return;
        }
        if (note.isSigned()) {
            setMessage("This note is signed and can no longer change. Add an addendum instead.");
            return;
        }
        NoteContent next;
        try {
            next = change.apply(content);
        } catch (IllegalArgumentException rejected) {
            setMessage(rejected.getMessage());
            return;
        }
        if (next.equals(content)) {
            return;
        }
        NoteContent old = content;
        content = next;
        autosave.edited(next);
        // the marks are a reading aid for the note as found; once the clinician writes, they go
        setHighlights(NoteHighlights.NONE);
        changed(Property.CONTENT, old, content);
        autosave.saveSoon();
    }

    /** Saves at once (Ctrl+S), if anything is unsaved. */
    public void saveNow() {
        autosave.saveNow();
    }

    /**
     * Runs {@code then} once everything typed is saved ({@code true}), or when a save fails
     * ({@code false}: the caller must not discard the editor).
     */
    public void flush(Consumer<Boolean> then) {
        autosave.flush(then);
    }

    // ---- signing and addenda

    /** Saves what is pending, then signs: the note becomes read-only with its time and hash stored. */
    public void sign() {
        if (note == null || note.isSigned()) {
            return;
        }
        if (signerOrNull() == null) {
            setMessage(org.goldseam.app.services.Clinicians.NO_NAME_YET);
            return;
        }
        SessionNote signing = note;
        flush(saved -> {
            if (!saved) {
                setMessage("The note could not be saved, so it was not signed. Your text is still here.");
                return;
            }
            // the save can take a moment: sign only the note the clinician asked to sign, still on screen
            if (note == null || note.id() != signing.id()) {
                setMessage("Another note was opened before this one could be signed, so nothing was signed.");
                return;
            }
            long noteId = signing.id();
            long clientId = signing.clientId();
            String signer = signerOrNull();
            if (signer == null) {
                setMessage(org.goldseam.app.services.Clinicians.NO_NAME_YET);
                return;
            }
            tasks.run(() -> {
                // the signature and its audit entry commit together, or neither does
                SessionNote signed = services.notes().sign(signer, clientId, noteId);
                return new Loaded(signed, services.notes().addenda(noteId), extras.recordedIn(signed));
            }, loaded -> {
                show(loaded);
                onStored.run();
            }, this::report);
        });
    }

    /** Appends a dated, attributed addendum to a signed note. */
    public void addAddendum(AddendumKind kind, String text) {
        if (note == null || !note.isSigned()) {
            setMessage("Addenda are for signed notes; a draft can still be edited directly.");
            return;
        }
        if (text == null || text.isBlank()) {
            setMessage("The addendum is empty.");
            return;
        }
        String author = signerOrNull();
        if (author == null) {
            setMessage(org.goldseam.app.services.Clinicians.NO_NAME_YET);
            return;
        }
        long noteId = note.id();
        long clientId = note.clientId();
        tasks.run(() -> {
            services.notes().addAddendum(author, clientId, noteId, kind, text.strip());
            return services.notes().addenda(noteId);
        }, list -> {
            List<Addendum> old = addenda;
            addenda = list;
            changed(Property.ADDENDA, old, addenda);
            onStored.run();
        }, this::report);
    }

    // ---- reading

    public @Nullable SessionNote note() {
        return note;
    }

    public @Nullable NoteContent content() {
        return content;
    }

    public List<Addendum> addenda() {
        return addenda;
    }

    public @Nullable SaveStatus status() {
        return autosave.status();
    }

    public @Nullable String message() {
        return message;
    }

    /**
     * True when the note shown records themes although its attendance says the session did not take
     * place: the themes are kept but not counted anywhere ({@link org.goldseam.notes.Attendance#counts()}),
     * so the editor warns.
     */
    public boolean themesOnUncountedSession() {
        return content != null && !content.observations().isEmpty() && !content.attendance().counts();
    }

    public boolean isSigned() {
        return note != null && note.isSigned();
    }

    /** A note signed more than 72 hours after its session is a late entry. */
    public boolean isLateEntry() {
        SessionNote shown = note;
        return shown != null && shown.isSigned() && shown.signedAt() != null
                && org.goldseam.notes.LateEntry.isLate(shown.startsAt(), shown.signedAt());
    }

    /** True while typed text is not yet on disk. */
    public boolean hasUnsavedChanges() {
        return autosave.hasUnsavedChanges();
    }

    // ---- helpers

    private @Nullable String signerOrNull() {
        String name = signer.get();
        return name == null || name.isBlank() ? null : name;
    }

    private void setMessage(@Nullable String text) {
        message = text;
        // announced even when it repeats: the same refusal twice is still news to the clinician
        changed(Property.MESSAGE, null, text);
    }

    private void report(Throwable error) {
        setMessage(Problems.describe(error));
    }
}
