package org.goldseam.search;

import org.goldseam.search.model.ThemedSession;
import org.goldseam.search.model.SavedSearch;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.lucene.store.AlreadyClosedException;
import org.goldseam.search.persistence.SearchStore;
import org.goldseam.search.query.ParseResult;
import org.goldseam.search.query.QueryError;
import org.goldseam.search.query.QueryParser;
import org.goldseam.search.query.SearchQuery;
import org.goldseam.search.text.NoteIndex;
import org.goldseam.search.text.NoteText;
import org.goldseam.search.text.TextQuery;
import org.goldseam.vault.Vault;
import org.jspecify.annotations.Nullable;

/**
 * Search across the caseload for one open vault: recurring themes (always available: in SQL until
 * the in-memory theme index is loaded after unlock, then from it), words (an in-memory index built
 * after unlock), theme suggestions and saved searches.
 *
 * <p>The app creates one per unlocked vault, calls {@link #startIndexing} on a background executor,
 * tells it about every save and delete ({@link #onNoteSaved} and friends) and closes it with the
 * vault. Searches with words answer {@link SearchOutcome.IndexNotReady} until the index is built, or
 * wait for it through {@link #searchWhenReady}. Every method is safe to call from any thread.
 */
public final class SearchService implements AutoCloseable {
    static final int BATCH = 500;

    private final SearchStore store;
    private final SavedSearches saved;
    private final NoteIndex index = new NoteIndex();
    private final ThemeIndex themes = new ThemeIndex();
    /** Set (under {@link #lock}) once {@link #themes} is loaded; from then on every change is applied to it at once. */
    private boolean themesLoaded;
    private final SearchEngine engine;
    private final CompletableFuture<IndexStatus> ready = new CompletableFuture<>();
    /** Guards the hand-over from building to live updates: see {@link #changed}. */
    private final Object lock = new Object();
    private final Set<Long> touchedNotes = ConcurrentHashMap.newKeySet();
    private final Set<Long> touchedClients = ConcurrentHashMap.newKeySet();
    private volatile IndexStatus status = IndexStatus.notStarted();
    private volatile @Nullable ThemeSuggester suggester;
    private volatile boolean closed;

    private SearchService(SearchStore store, Clock clock) {
        this.store = store;
        this.saved = new SavedSearches(store.saved(), clock);
        this.engine = new SearchEngine(store, index, clock.getZone());
    }

    /** A search service for {@code vault}; dates in queries are read in {@code clock}'s time zone. */
    public static SearchService open(Vault vault, Clock clock) {
        return new SearchService(SearchStore.of(vault), Objects.requireNonNull(clock));
    }

    public IndexStatus indexStatus() {
        return status;
    }

    /**
     * Builds the full-text index on {@code executor}, reporting progress after each batch of notes
     * (on the executor's thread). Returns a future completed when the index is ready; calling it
     * again returns the same future.
     */
    public CompletableFuture<IndexStatus> startIndexing(Executor executor, Consumer<IndexStatus> progress) {
        synchronized (lock) {
            if (status.state() != IndexStatus.State.NOT_STARTED) {
                return ready;
            }
            status = new IndexStatus(IndexStatus.State.BUILDING, 0, 0);
        }
        executor.execute(() -> build(progress));
        return ready;
    }

    /** Builds the index on the calling thread (the command line); returns when it is ready. */
    public IndexStatus buildIndex(Consumer<IndexStatus> progress) {
        return startIndexing(Runnable::run, progress).join();
    }

    private void build(Consumer<IndexStatus> progress) {
        try {
            loadThemes();
            List<Long> ids = store.texts().noteIds();
            indexAll(ids, progress);
            synchronized (lock) {
                // what changed while the batches were read is read again now, fresh
                touchedClients.forEach(index::deleteClient);
                reindex(new ArrayList<>(touchedNotes));
                touchedNotes.clear();
                touchedClients.clear();
                index.refresh();
                status = new IndexStatus(IndexStatus.State.READY, ids.size(), ids.size());
            }
            progress.accept(status);
            ready.complete(status);
        } catch (RuntimeException e) {
            // no message: it could quote note text; the status tells the app the index is unavailable
            status = new IndexStatus(IndexStatus.State.FAILED, status.done(), status.total());
            ready.completeExceptionally(e);
        }
    }

    /**
     * Reads the notes in batches on this thread and analyses them on one thread per core meanwhile
     * (Lucene's writer takes documents from several threads), at most that many batches ahead of the
     * analysis. Progress is reported here, as batches are done.
     */
    private void indexAll(List<Long> ids, Consumer<IndexStatus> progress) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService analysers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "goldseam-index");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<Integer>> pending = new ArrayDeque<>();
        int done = 0;
        try {
            for (int from = 0; from < ids.size() && !closed; from += BATCH) {
                List<NoteText> notes = store.texts().load(ids.subList(from, Math.min(ids.size(), from + BATCH)));
                int count = Math.min(ids.size(), from + BATCH) - from;
                pending.add(analysers.submit(() -> {
                    notes.forEach(index::put);
                    return count;
                }));
                while (pending.size() >= threads) {
                    done += finished(pending.poll());
                    status = new IndexStatus(IndexStatus.State.BUILDING, done, ids.size());
                    progress.accept(status);
                }
            }
            while (!pending.isEmpty()) {
                done += finished(pending.poll());
                status = new IndexStatus(IndexStatus.State.BUILDING, done, ids.size());
                progress.accept(status);
            }
        } finally {
            analysers.shutdownNow();
        }
    }

    private static int finished(Future<Integer> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The theme index first: it is a few seconds at most, and theme searches use it from then on
     * while the text index is still being built. Changes made while the sessions were read are read
     * again once they are in; later changes are applied at once (see {@link #changed}).
     */
    private void loadThemes() {
        List<ThemedSession> sessions = store.recurrence().allThemedSessions();
        synchronized (lock) {
            if (closed) {
                return;
            }
            themes.load(sessions);
            touchedClients.forEach(themes::deleteClient);
            rethemes(new ArrayList<>(touchedNotes));
            themesLoaded = true;
        }
        engine.useThemes(themes);
    }

    /**
     * Interventions are searched in the in-memory index only (ADR 0020): the first such search before
     * the index is loaded (the command line, or the first seconds after unlock) loads it here, on the
     * caller's thread, which is never the event thread (searches run as background tasks).
     */
    private void ensureThemesLoaded() {
        synchronized (lock) {
            if (themesLoaded || closed) {
                return;
            }
        }
        loadThemes();
    }

    /** Attended sessions in the in-memory theme index, or -1 before it is loaded: for tests. */
    int themeIndexSessions() {
        synchronized (lock) {
            return themesLoaded ? themes.sessions() : -1;
        }
    }

    private void rethemes(List<Long> noteIds) {
        themes.update(noteIds, store.recurrence().themedSessions(noteIds));
    }

    /** A note was created or saved, signed, given an addendum or an inner-critic line. */
    public void onNoteSaved(long noteId) {
        changed(() -> touchedNotes.add(noteId), () -> reindex(List.of(noteId)), () -> rethemes(List.of(noteId)));
    }

    public void onNoteDeleted(long noteId) {
        changed(() -> touchedNotes.add(noteId), () -> index.deleteNote(noteId), () -> themes.update(List.of(noteId), List.of()));
    }

    public void onClientDeleted(long clientId) {
        changed(() -> touchedClients.add(clientId), () -> index.deleteClient(clientId), () -> themes.deleteClient(clientId));
    }

    /**
     * Before the build starts there is nothing to do: the build reads the vault as it is then. While
     * it runs the change is remembered and replayed at its end; afterwards it is applied at once and
     * is visible to the next search. The theme index, loaded first, gets every change at once from
     * then on.
     */
    private void changed(Runnable remember, Runnable apply, Runnable applyToThemes) {
        if (closed) {
            return;
        }
        synchronized (lock) {
            if (themesLoaded) {
                applyToThemes.run();
            }
            switch (status.state()) {
                case BUILDING -> remember.run();
                case READY -> {
                    apply.run();
                    index.refresh();
                }
                default -> {
                    // not started or failed: the next build reads everything anyway
                }
            }
        }
    }

    private void reindex(List<Long> noteIds) {
        Map<Long, NoteText> found = new java.util.HashMap<>();
        store.texts().load(noteIds).forEach(n -> found.put(n.noteId(), n));
        for (long id : noteIds) {
            NoteText note = found.get(id);
            if (note == null) {
                index.deleteNote(id);
            } else {
                index.put(note);
            }
        }
    }

    /** Reads a query without running it: for the search box as the clinician types. */
    public ParseResult parse(String queryText) {
        return QueryParser.parse(queryText);
    }

    /** Runs a typed query now; a query with words answers "not ready" while the index is built. */
    public SearchOutcome search(String queryText, boolean includePrivate) {
        ParseResult parsed = QueryParser.parse(queryText);
        if (!parsed.ok()) {
            return new SearchOutcome.Invalid(parsed.problem());
        }
        return search(parsed.validQuery(), includePrivate, queryText);
    }

    /** Runs a query built with the structured form. */
    public SearchOutcome search(SearchQuery query, boolean includePrivate) {
        return search(query, includePrivate, query.toQueryText());
    }

    /**
     * Like {@link #search(String, boolean)}, but a query with words waits for the index first: the
     * future completes once {@link #startIndexing} has finished (or failed, answering not ready).
     */
    public CompletableFuture<SearchOutcome> searchWhenReady(String queryText, boolean includePrivate) {
        ParseResult parsed = QueryParser.parse(queryText);
        if (!parsed.ok() || !parsed.validQuery().hasText()) {
            return CompletableFuture.completedFuture(search(queryText, includePrivate));
        }
        return ready.handle((s, failure) -> search(queryText, includePrivate));
    }

    private SearchOutcome search(SearchQuery query, boolean includePrivate, String written) {
        Map<String, Long> entryIds = store.lookup().entryIds(query.themes());
        for (String key : query.themes()) {
            if (!entryIds.containsKey(key)) {
                return new SearchOutcome.Invalid(unknownTheme(key, written));
            }
        }
        if (query.hasText() && !status.ready()) {
            return new SearchOutcome.IndexNotReady(status);
        }
        if (query.searchesInterventions()) {
            ensureThemesLoaded();
        }
        return new SearchOutcome.Found(engine.run(query, entryIds, includePrivate));
    }

    /**
     * {@code match}, a row of {@code result}, with passages for its best notes. A search makes them
     * for its first rows only (see {@link SearchEngine#PASSAGE_ROWS}); the app asks for the others as
     * they are shown. Unchanged when the search has no words or this service is closed.
     */
    public ClientMatch withPassages(SearchResult result, ClientMatch match) {
        ParseResult parsed = QueryParser.parse(result.query());
        if (match.textMatches().isEmpty() || !parsed.ok() || !parsed.validQuery().hasText()) {
            return match;
        }
        if (closed) {
            return match;
        }
        try {
            // not under the lock: the event thread asks, and a save holds the lock while it reads the vault
            return engine.withPassages(match, TextQuery.compile(parsed.validQuery().terms()), result.includePrivate());
        } catch (AlreadyClosedException e) {
            return match; // the vault was locked meanwhile
        }
    }

    /** The result with passages in every row, not only the first: for the command line, which prints them all. */
    public SearchResult withAllPassages(SearchResult result) {
        List<ClientMatch> rows = new ArrayList<>(result.clients());
        for (int i = SearchEngine.PASSAGE_ROWS; i < rows.size(); i++) {
            rows.set(i, withPassages(result, rows.get(i)));
        }
        return new SearchResult(result.query(), result.includePrivate(), rows);
    }

    private QueryError unknownTheme(String key, String written) {
        String closest = null;
        int best = Integer.MAX_VALUE;
        for (String candidate : store.lookup().allEntryKeys()) {
            int distance = EditDistance.between(key, candidate);
            if (distance < best) {
                best = distance;
                closest = candidate;
            }
        }
        String hint = closest != null && best <= Math.max(2, key.length() / 3) ? " Did you mean " + closest + "?"
                : " goldseam taxonomy lists every theme key.";
        int at = written.toLowerCase(java.util.Locale.ROOT).indexOf(key);
        String kind = key.startsWith(QueryParser.INTERVENTION_PREFIX) ? "intervention" : "theme";
        return new QueryError(Math.max(0, at), "There is no " + kind + " " + key + " in this vault." + hint);
    }

    /** Theme suggestions for note text, from the lexicon of active entries (read once, see {@link #reloadLexicon}). */
    public List<ThemeSuggestion> suggestThemes(String noteText, Set<Long> alreadyTagged) {
        ThemeSuggester current = suggester;
        if (current == null) {
            current = reloadLexicon();
        }
        return current.suggest(noteText, alreadyTagged);
    }

    /** Reads the lexicon again, after the clinician added phrases or changed which entries are active. */
    public ThemeSuggester reloadLexicon() {
        ThemeSuggester fresh = new ThemeSuggester(store.lexicon().activeEntries());
        suggester = fresh;
        return fresh;
    }

    /**
     * Saves a search under a name, replacing one of the same name. The query must be readable.
     *
     * @throws SearchException when the name is empty or too long or the query cannot be read
     */
    public SavedSearch saveSearch(String name, String queryText, boolean includePrivate) {
        return saved.save(name, queryText, includePrivate);
    }

    public List<SavedSearch> savedSearches() {
        return saved.list();
    }

    /** @throws SearchException when the name is empty, too long or taken, or the search no longer exists */
    public void renameSavedSearch(long id, String name) {
        saved.rename(id, name);
    }

    public void deleteSavedSearch(long id) {
        saved.delete(id);
    }

    /** Drops the index; the service cannot be used afterwards. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            index.close();
            themes.load(List.of());
        }
        ready.completeExceptionally(new IllegalStateException("search closed"));
    }
}
