package org.goldseam.app.search;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.workspace.ObservableState;
import org.goldseam.app.workspace.Problems;
import org.goldseam.app.workspace.Scheduler;
import org.goldseam.framework.TaxonomyService;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.search.ClientMatch;
import org.goldseam.search.IndexStatus;
import org.goldseam.search.model.SavedSearch;
import org.goldseam.search.SearchException;
import org.goldseam.search.SearchOutcome;
import org.goldseam.search.SearchResult;
import org.goldseam.search.SearchService;
import org.goldseam.search.query.ParseResult;
import org.goldseam.search.query.SearchQuery;
import org.jspecify.annotations.Nullable;

/**
 * The state behind the search window: the query box and the structured form kept in step, the
 * private-notes switch, the results, and saved searches. Swing-free; every method is called on the
 * event thread, and vault work goes through {@link BackgroundTasks}.
 *
 * <p>Typing is read at once (parsing is in memory) so the form and the error line follow every
 * keystroke; the search itself runs {@link #TYPING_DELAY} after the last change. A search with
 * words while the in-memory index is still being built shows {@link SearchState#INDEXING} with progress
 * and runs by itself once the index is ready.
 */
public final class SearchPresenter extends ObservableState<SearchPresenter.Property> {
    public enum Property { QUERY_TEXT, FORM, INCLUDE_PRIVATE, STATE, PROBLEM, RESULT, INDEX, SAVED, THEMES, MESSAGE }

    public static final Duration TYPING_DELAY = Duration.ofMillis(300);
    public static final Duration INDEX_POLL = Duration.ofMillis(250);

    private final SearchService search;
    private final TaxonomyService taxonomy;
    private final BackgroundTasks tasks;
    private final Scheduler scheduler;
    private final SavedSearchChanges savedChanges;

    private String text = "";
    private SearchForm form = SearchForm.EMPTY;
    private boolean includePrivate;
    private Runnable privateNotesRead = () -> { };
    private SearchState state = SearchState.IDLE;
    private @Nullable SearchProblem problem;
    private @Nullable SearchResult result;
    private IndexStatus indexStatus;
    private List<SavedSearch> saved = List.of();
    private ThemeChoices themes = ThemeChoices.EMPTY;
    private @Nullable String message;
    /** Bumped by every new search and by {@link #clear}: answers to an older one are dropped. */
    private long generation;
    private Scheduler.@Nullable Cancellable pending;
    private boolean cleared;

    public SearchPresenter(SearchService search, TaxonomyService taxonomy, BackgroundTasks tasks, Scheduler scheduler) {
        this.search = Objects.requireNonNull(search);
        this.taxonomy = Objects.requireNonNull(taxonomy);
        this.tasks = Objects.requireNonNull(tasks);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.indexStatus = search.indexStatus();
        this.savedChanges = new SavedSearchChanges(search, tasks, this::savedChanged, this::report);
    }

    private record Loaded(List<TaxonomyEntry> entries, List<SavedSearch> saved) {
    }

    /** Reads the taxonomy (for the theme chooser) and the saved searches. */
    public void open() {
        tasks.run(() -> new Loaded(taxonomy.all(), search.savedSearches()), loaded -> {
            if (cleared) {
                return;
            }
            setThemes(ThemeChoices.of(loaded.entries()));
            setSaved(loaded.saved());
        }, this::report);
    }

    // ---- reading the state

    public String queryText() {
        return text;
    }

    public SearchForm form() {
        return form;
    }

    public boolean includePrivate() {
        return includePrivate;
    }

    public SearchState state() {
        return state;
    }

    public @Nullable SearchProblem problem() {
        return problem;
    }

    /** The last results, kept while a new search runs or the query is being corrected; null before any. */
    public @Nullable SearchResult result() {
        return result;
    }

    /**
     * {@code match} with passages for its best notes, to show it. A search makes passages for its
     * first rows only; a later row's are made here, when it is selected: a few notes of one client
     * in the in-memory index, quick enough for the event thread.
     */
    public ClientMatch withPassages(ClientMatch match) {
        SearchResult current = result;
        boolean missing = !match.textMatches().isEmpty() && match.textMatches().stream().allMatch(t -> t.snippets().isEmpty());
        return current == null || !missing ? match : search.withPassages(current, match);
    }

    public IndexStatus indexStatus() {
        return indexStatus;
    }

    public List<SavedSearch> savedSearches() {
        return saved;
    }

    /** A plain sentence about the last failed action (saving, renaming…), null when there is none. */
    public @Nullable String message() {
        return message;
    }

    /** Themes whose label or key contains every typed word, for the chooser's type-to-filter. */
    public List<TaxonomyEntry> themesMatching(String typed) {
        return themes.matching(typed);
    }

    /** A theme key's label as the clinician named it, or the key itself when the taxonomy has no such entry. */
    public String themeLabel(String key) {
        return themes.label(key);
    }

    // ---- editing

    /** The query box changed: the form follows when the text can be read, the error line when not. */
    public void setQueryText(String newText) {
        String value = newText == null ? "" : newText;
        if (value.equals(text)) {
            return;
        }
        String old = text;
        text = value;
        fire(Property.QUERY_TEXT, old, text);
        if (value.isBlank()) {
            setForm(SearchForm.EMPTY);
            becomeIdle();
            return;
        }
        ParseResult parsed = search.parse(value);
        if (parsed.ok()) {
            setForm(SearchForm.of(parsed.validQuery()));
            setProblem(null);
            searchSoon();
        } else {
            invalid(new SearchProblem(parsed.problem().message(), parsed.problem().position()));
        }
    }

    /** The form changed: the query box is written again from it, in the language's own order. */
    public void updateForm(UnaryOperator<SearchForm> change) {
        SearchForm changed = change.apply(form);
        setForm(changed);
        if (changed.isEmpty()) {
            setText("");
            becomeIdle();
            return;
        }
        SearchQuery query;
        try {
            query = changed.toQuery();
        } catch (IllegalArgumentException notYet) {
            // the form is half filled in (e.g. a minimum before any theme): say what is missing
            invalid(new SearchProblem(notYet.getMessage(), -1));
            return;
        }
        setText(query.toQueryText());
        setProblem(null);
        searchSoon();
    }

    public void setIncludePrivate(boolean value) {
        boolean old = includePrivate;
        includePrivate = value;
        if (fire(Property.INCLUDE_PRIVATE, old, value) && state != SearchState.INVALID && !text.isBlank()) {
            searchNow();
        }
    }

    /**
     * Told on the vault worker before each search that reads the private psychotherapy notes; the
     * app writes a {@code private_notes_searched} audit entry there. If it fails, nothing is searched.
     */
    public void onPrivateNotesRead(Runnable recorder) {
        this.privateNotesRead = Objects.requireNonNull(recorder);
    }

    /** Runs the search at once (Enter in the query box, the Search button). */
    public void searchNow() {
        cancelPending();
        if (cleared || text.isBlank() || problem != null) {
            return;
        }
        long mine = ++generation;
        String query = text;
        boolean withPrivate = includePrivate;
        setState(SearchState.SEARCHING);
        tasks.run(() -> {
            if (withPrivate) {
                privateNotesRead.run(); // on the record before anything private is read
            }
            return search.search(query, withPrivate);
        }, outcome -> {
            if (mine == generation) {
                show(outcome, mine);
            }
        }, failure -> {
            if (mine == generation) {
                setState(result == null ? SearchState.IDLE : SearchState.RESULTS);
                report(failure);
            }
        });
    }

    private void searchSoon() {
        cancelPending();
        if (!cleared) {
            pending = scheduler.schedule(TYPING_DELAY, this::searchNow);
        }
    }

    private void show(SearchOutcome outcome, long mine) {
        // pattern matching for switch is a preview feature on Java 17: plain instanceof instead
        if (outcome instanceof SearchOutcome.Found found) {
            setIndex(search.indexStatus());
            SearchResult old = result;
            result = found.result();
            fire(Property.RESULT, old, result);
            setState(SearchState.RESULTS);
        } else if (outcome instanceof SearchOutcome.Invalid invalid) {
            invalid(new SearchProblem(invalid.error().message(), invalid.error().position()));
        } else if (outcome instanceof SearchOutcome.IndexNotReady notReady) {
            waitForIndex(notReady.status(), mine);
        }
    }

    private void waitForIndex(IndexStatus status, long mine) {
        setIndex(status);
        if (status.state() == IndexStatus.State.FAILED) {
            setState(result == null ? SearchState.IDLE : SearchState.RESULTS);
            setMessage("Word search is unavailable: the notes could not be indexed. Searches by theme still work;"
                    + " lock and unlock the vault to try again.");
            return;
        }
        setState(SearchState.INDEXING);
        pending = scheduler.schedule(INDEX_POLL, () -> {
            if (mine != generation || cleared) {
                return;
            }
            IndexStatus now = search.indexStatus();
            if (now.ready()) {
                setIndex(now);
                searchNow();
            } else {
                waitForIndex(now, mine);
            }
        });
    }

    // ---- saved searches

    /** Saves what the box holds under {@code name}, replacing a saved search of that name. */
    public void saveAs(String name) {
        savedChanges.save(name, text, includePrivate);
    }

    public void rename(long id, String name) {
        savedChanges.rename(id, name);
    }

    public void delete(long id) {
        savedChanges.delete(id);
    }

    /** Puts a saved search in the box, with its private-notes choice, and runs it. */
    public void run(SavedSearch savedSearch) {
        boolean old = includePrivate;
        includePrivate = savedSearch.includePrivate();
        fire(Property.INCLUDE_PRIVATE, old, includePrivate);
        setQueryText(savedSearch.query());
        searchNow();
    }

    private void savedChanged(List<SavedSearch> list) {
        if (!cleared) {
            setMessage(null);
            setSaved(list);
        }
    }

    /**
     * Forgets every client name, result and query (the vault is locking). Answers still on their
     * way are dropped; the presenter stays empty afterwards.
     */
    public void clear() {
        cleared = true;
        generation++;
        cancelPending();
        SearchResult oldResult = result;
        result = null;
        fire(Property.RESULT, oldResult, null);
        setText("");
        setForm(SearchForm.EMPTY);
        setProblem(null);
        setSaved(List.of());
        setThemes(ThemeChoices.EMPTY);
        setMessage(null);
        setState(SearchState.IDLE);
    }

    // ---- setters that announce

    private void becomeIdle() {
        cancelPending();
        generation++;
        setProblem(null);
        SearchResult old = result;
        result = null;
        fire(Property.RESULT, old, null);
        setState(SearchState.IDLE);
    }

    private void invalid(SearchProblem newProblem) {
        cancelPending();
        generation++;
        setProblem(newProblem);
        setState(SearchState.INVALID);
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    private void report(Throwable failure) {
        if (!cleared) {
            setMessage(failure instanceof SearchException ? failure.getMessage() : Problems.describe(failure));
        }
    }

    private void setText(String value) {
        String old = text;
        text = value;
        fire(Property.QUERY_TEXT, old, value);
    }

    private void setForm(SearchForm value) {
        SearchForm old = form;
        form = value;
        fire(Property.FORM, old, value);
    }

    private void setProblem(@Nullable SearchProblem value) {
        SearchProblem old = problem;
        problem = value;
        fire(Property.PROBLEM, old, value);
    }

    private void setState(SearchState value) {
        SearchState old = state;
        state = value;
        fire(Property.STATE, old, value);
    }

    private void setIndex(IndexStatus value) {
        IndexStatus old = indexStatus;
        indexStatus = value;
        fire(Property.INDEX, old, value);
    }

    private void setSaved(List<SavedSearch> value) {
        List<SavedSearch> old = saved;
        saved = List.copyOf(value);
        fire(Property.SAVED, old, saved);
    }

    private void setThemes(ThemeChoices value) {
        ThemeChoices old = themes;
        themes = value;
        fire(Property.THEMES, old, value);
    }

    private void setMessage(@Nullable String value) {
        String old = message;
        message = value;
        fire(Property.MESSAGE, old, value);
    }
}
