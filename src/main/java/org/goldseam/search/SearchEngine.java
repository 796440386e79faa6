package org.goldseam.search;

import org.goldseam.search.model.Window;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.trend.TrendDirection;
import org.goldseam.framework.trend.TrendRule;
import org.goldseam.search.model.SparkPoint;
import org.goldseam.search.model.RecurrenceRow;
import org.goldseam.search.model.RecurrenceCriteria;
import org.goldseam.search.model.ClientRef;
import java.text.CollationKey;
import java.text.Collator;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.goldseam.search.persistence.SearchStore;
import org.goldseam.search.query.SearchQuery;
import org.goldseam.search.text.NoteHit;
import org.goldseam.search.text.NoteIndex;
import org.goldseam.search.text.Snippet;
import org.goldseam.search.text.TextQuery;
import org.jspecify.annotations.Nullable;

/**
 * Runs one parsed search: the theme part in the in-memory theme index (in SQL until it is loaded),
 * the word part in the in-memory text index, and joins them per client. Themes and words together
 * keep the clients that satisfy both, with words looked for in the same window of sessions as the
 * themes.
 */
final class SearchEngine {
    /** Notes per client that get snippets; the rest are listed with their score only. */
    static final int SNIPPET_NOTES = 3;
    static final int SNIPPETS_PER_NOTE = 2;
    /**
     * Rows whose snippets are made with the search: the first page, a little more than the results
     * table shows at the window's default size (about 15 rows of 26 px). Snippets mean reading and
     * analysing note text, so making them for every matching client made a search's time grow with
     * its matches; the app shows one row's passages at a time, and later rows get theirs when
     * selected ({@link #withPassages}).
     */
    static final int PASSAGE_ROWS = 20;

    private final SearchStore store;
    private final NoteIndex index;
    private final ZoneId zone;
    /** The in-memory theme index once loaded after unlock; until then themes are searched in SQL. */
    private volatile @Nullable ThemeIndex themes;

    SearchEngine(SearchStore store, NoteIndex index, ZoneId zone) {
        this.store = store;
        this.index = index;
        this.zone = zone;
    }

    /** From now on, answer themes from {@code loaded} (kept current by the caller). */
    void useThemes(ThemeIndex loaded) {
        themes = loaded;
    }

    Window window(SearchQuery q) {
        OffsetDateTime from = q.from() == null ? null : q.from().atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = q.to() == null ? null : q.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        return new Window(q.lastSessions(), from, to, q.statuses());
    }

    /** {@code entryIds} holds an id for every theme key of the query (the caller checked they exist). */
    SearchResult run(SearchQuery q, Map<String, Long> entryIds, boolean includePrivate) {
        Window window = window(q);
        Map<Long, ClientMatch> themed = q.hasThemes() ? themes(q, entryIds, window) : null;
        // no client has the themes: nothing for the words to narrow
        Map<Long, List<TextMatch>> text = !q.hasText() ? null
                : themed != null && themed.isEmpty() ? Map.of() : text(q, window, includePrivate, themed);
        List<ClientMatch> rows = new ArrayList<>();
        if (themed != null) {
            for (ClientMatch m : themed.values()) {
                if (text == null) {
                    rows.add(m);
                } else if (text.containsKey(m.clientId())) {
                    rows.add(withText(m, text.get(m.clientId())));
                }
            }
        } else if (text != null) { // a search without themes has words
            Map<Long, ClientRef> clients = store.lookup().clients(text.keySet());
            text.forEach((clientId, matches) -> {
                ClientRef client = clients.get(clientId);
                if (client != null && (window.statuses().isEmpty() || window.statuses().contains(client.status()))) {
                    rows.add(textOnly(client, matches));
                }
            });
        }
        Collator collator = Collator.getInstance(Locale.ROOT);
        // names compared through collation keys, made once per row: with a prefix every score ties
        Map<Long, CollationKey> names = new HashMap<>();
        rows.forEach(m -> names.put(m.clientId(), collator.getCollationKey(m.clientName())));
        Comparator<ClientMatch> order = q.hasText()
                ? Comparator.comparing(ClientMatch::textScore, Comparator.reverseOrder())
                : Comparator.comparingInt(ClientMatch::matchingSessions).reversed()
                        .thenComparing(ClientMatch::meanIntensity, Comparator.nullsLast(Comparator.reverseOrder()));
        rows.sort(order.thenComparing(m -> names.get(m.clientId())).thenComparingLong(ClientMatch::clientId));
        if (q.hasText()) {
            TextQuery words = TextQuery.compile(q.terms());
            for (int i = 0; i < Math.min(PASSAGE_ROWS, rows.size()); i++) {
                rows.set(i, withPassages(rows.get(i), words, includePrivate));
            }
        }
        return new SearchResult(q.toQueryText(), includePrivate, rows);
    }

    /** The row with snippets for its best {@link #SNIPPET_NOTES} notes (those listed first). */
    ClientMatch withPassages(ClientMatch m, TextQuery words, boolean includePrivate) {
        if (m.textMatches().isEmpty()) {
            return m;
        }
        List<TextMatch> matches = new ArrayList<>(m.textMatches());
        int best = Math.min(SNIPPET_NOTES, matches.size());
        Map<Long, List<Snippet>> snippets = index.snippets(matches.subList(0, best).stream().map(TextMatch::noteId).toList(),
                words, includePrivate, SNIPPETS_PER_NOTE);
        for (int i = 0; i < best; i++) {
            TextMatch t = matches.get(i);
            matches.set(i, new TextMatch(t.noteId(), t.startsAt(), t.score(), snippets.getOrDefault(t.noteId(), List.of())));
        }
        return withText(m, matches);
    }

    private Map<Long, ClientMatch> themes(SearchQuery q, Map<String, Long> entryIds, Window window) {
        List<Long> ids = q.themes().stream().map(entryIds::get).toList();
        boolean interventions = q.searchesInterventions();
        RecurrenceCriteria criteria = new RecurrenceCriteria(ids, q.mode(), q.effectiveMinSessions(),
                q.effectiveMinIntensity(), q.trend(), window, interventions);
        ThemeIndex memory = themes;
        if (interventions && memory == null) {
            // SearchService loads the index before an intervention search; SQL answers themes only
            throw new IllegalStateException("interventions are searched once the theme index is loaded");
        }
        Map<Long, RecurrenceAnswer> answers = memory != null ? memory.matches(criteria) : inSql(criteria);
        List<Category> categories = new ArrayList<>();
        for (String key : q.themes()) {
            Category category = TrendRule.categoryOfKey(key);
            if (category != null && !categories.contains(category)) {
                categories.add(category);
            }
        }
        if (answers.isEmpty()) {
            return Map.of();
        }
        Map<Long, ClientRef> clients = store.lookup().clients(answers.keySet());
        Map<Long, ClientMatch> matches = new LinkedHashMap<>();
        answers.forEach((clientId, answer) -> {
            ClientRef client = clients.get(clientId);
            if (client == null || (!window.statuses().isEmpty() && !window.statuses().contains(client.status()))) {
                return; // deleted since, or not of the statuses asked for (the in-memory index has no statuses)
            }
            RecurrenceRow row = answer.row();
            Map<String, Integer> perTheme = new LinkedHashMap<>();
            for (String key : q.themes()) {
                perTheme.put(key, answer.countsByEntry().getOrDefault(entryIds.get(key), 0));
            }
            List<SparkPoint> line = answer.sparkline();
            List<Long> noteIds = line.stream().filter(p -> p.intensity() != null).map(SparkPoint::noteId).toList();
            TrendDirection direction = row.direction();
            matches.put(clientId, new ClientMatch(client.id(), client.fullName(), client.status(), row.sessions(),
                    noteIds, perTheme, row.first(), row.last(), interventions ? null : row.meanIntensity(), row.slope(),
                    direction, TrendRule.meaning(direction, categories), line, List.of(), null));
        });
        return matches;
    }

    /** The theme search in SQL: until the in-memory theme index is loaded after unlock. */
    private Map<Long, RecurrenceAnswer> inSql(RecurrenceCriteria criteria) {
        List<RecurrenceRow> rows = store.recurrence().matches(criteria);
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<Long> clientIds = rows.stream().map(RecurrenceRow::clientId).toList();
        Map<Long, Map<Long, Integer>> counts = store.recurrence().themeCounts(criteria, clientIds);
        Map<Long, List<SparkPoint>> lines = store.recurrence().sparklines(criteria, clientIds);
        Map<Long, RecurrenceAnswer> answers = new LinkedHashMap<>();
        for (RecurrenceRow row : rows) {
            answers.put(row.clientId(), new RecurrenceAnswer(row, counts.getOrDefault(row.clientId(), Map.of()),
                    lines.getOrDefault(row.clientId(), List.of())));
        }
        return answers;
    }

    /** Text matches per client, best first; only clients in {@code themed} when it is given. */
    private Map<Long, List<TextMatch>> text(SearchQuery q, Window window, boolean includePrivate,
                                            @Nullable Map<Long, ClientMatch> themed) {
        TextQuery query = TextQuery.compile(q.terms());
        List<NoteHit> hits = index.search(query, includePrivate,
                window.from() == null ? null : window.from().toInstant(),
                window.toExclusive() == null ? null : window.toExclusive().toInstant());
        if (themed != null) {
            hits = hits.stream().filter(h -> themed.containsKey(h.clientId())).toList();
        }
        if (window.limitsSessions() && !hits.isEmpty()) {
            Set<Long> clients = new java.util.HashSet<>();
            hits.forEach(h -> clients.add(h.clientId()));
            ThemeIndex memory = themes;
            Set<Long> inWindow = memory != null ? memory.windowNotes(window, clients)
                    : store.recurrence().windowNotes(window, clients).keySet();
            hits = hits.stream().filter(h -> inWindow.contains(h.noteId())).toList();
        }
        Map<Long, List<TextMatch>> byClient = new HashMap<>();
        for (NoteHit hit : hits) {
            // hits arrive best first, so each client's list is best first; snippets come later, for shown rows
            byClient.computeIfAbsent(hit.clientId(), k -> new ArrayList<>())
                    .add(new TextMatch(hit.noteId(), hit.startsAt(), hit.score(), List.of()));
        }
        return byClient;
    }

    private static ClientMatch withText(ClientMatch m, List<TextMatch> matches) {
        return new ClientMatch(m.clientId(), m.clientName(), m.status(), m.matchingSessions(), m.matchingNoteIds(),
                m.themeCounts(), m.firstOccurrence(), m.lastOccurrence(), m.meanIntensity(), m.trendSlope(), m.trend(),
                m.trendMeaning(), m.sparkline(), matches, matches.get(0).score());
    }

    private static ClientMatch textOnly(ClientRef client, List<TextMatch> matches) {
        List<TextMatch> byTime = new ArrayList<>(matches);
        byTime.sort((a, b) -> {
            int at = a.startsAt().compareTo(b.startsAt());
            return at != 0 ? at : Long.compare(a.noteId(), b.noteId());
        });
        return new ClientMatch(client.id(), client.fullName(), client.status(), matches.size(),
                byTime.stream().map(TextMatch::noteId).toList(), Map.of(), byTime.get(0).startsAt(),
                byTime.get(byTime.size() - 1).startsAt(), null, null, null, null, List.of(), matches, matches.get(0).score());
    }
}
