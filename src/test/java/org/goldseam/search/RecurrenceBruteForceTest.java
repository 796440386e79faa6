package org.goldseam.search;

import org.goldseam.framework.trend.TrendDirection;
import org.goldseam.framework.trend.TrendMeaning;
import org.goldseam.search.model.SparkPoint;
import org.goldseam.search.model.RecurrenceRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.goldseam.framework.persistence.wiring.FrameworkWiring;
import org.goldseam.clients.ClientSummary;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.model.TaxonomyReportRow;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.NoteListItem;
import org.goldseam.notes.SessionNote;
import org.goldseam.notes.ThemeObservation;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.search.query.QueryParser;
import org.goldseam.search.query.SearchQuery;
import org.goldseam.search.query.ThemeMode;
import org.goldseam.search.query.TrendFilter;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SQL recurrence search gives exactly what a plain Java walk over every note of the same demo
 * vault gives, for a spread of queries: any/all, windows by count and by date, intensities, trends,
 * statuses. The Java side reads notes through the notes feature's own repository, not through SQL
 * written for search.
 */
class RecurrenceBruteForceTest {
    /** Dates in queries are read in this zone: a zone with an offset catches day-boundary mistakes. */
    private static final Clock CLOCK = TestVaults.CLOCK.withZone(ZoneId.of("America/New_York"));

    @TempDir
    static Path dir;
    static Vault vault;
    static SearchService search;
    /** The same vault with the in-memory theme index loaded (the other never builds, so it searches in SQL). */
    static SearchService memory;
    static Map<String, Long> ids = new HashMap<>();
    static List<String> common;
    static List<ClientSummary> clients;
    static Map<Long, List<SessionNote>> notesByClient = new HashMap<>();

    @BeforeAll
    static void loadEverything() throws Exception {
        vault = TestVaults.open(DemoSearchVault.write(dir));
        search = SearchService.open(vault, CLOCK);
        memory = SearchService.open(vault, CLOCK);
        memory.buildIndex(status -> { });
        ClinicalFramework framework = FrameworkWiring.of(vault, CLOCK);
        // the themes the demo uses most, so that queries have something to find
        common = framework.taxonomy().report().stream()
                .filter(r -> !r.key().startsWith("intervention."))
                .sorted(Comparator.comparingLong(TaxonomyReportRow::useCount).reversed())
                .limit(6).map(TaxonomyReportRow::key).toList();
        framework.taxonomy().all().forEach(e -> ids.put(e.key(), e.id()));
        clients = new ClientRepository(vault.database().dsl()).listAll();
        SessionNoteRepository notes = new SessionNoteRepository(vault.database().dsl());
        for (ClientSummary client : clients) {
            List<SessionNote> loaded = new ArrayList<>();
            for (NoteListItem item : notes.listForClient(client.id())) {
                loaded.add(notes.findById(item.id()).orElseThrow());
            }
            notesByClient.put(client.id(), loaded);
        }
    }

    @AfterAll
    static void close() {
        search.close();
        memory.close();
        vault.close();
    }

    static Stream<String> queries() {
        return Stream.of(
                "theme:A", "theme:B min:5", "any:A,B", "all:A,B", "all:A,B,C min:2", "any:A,C,D min:10",
                "theme:A last:5 min:3", "theme:B last:3 min:3", "all:A,B last:8 min:2", "theme:C last:1",
                "theme:A intensity:6", "theme:B intensity:8 min:2", "any:A,B intensity:5 last:10 min:4",
                "theme:A trend:rising", "theme:A trend:falling", "any:B,C trend:rising min:3",
                "theme:D trend:falling last:10", "theme:A from:2026-07-01", "theme:B to:2026-08-15",
                "any:A,B from:2026-06-01 to:2026-09-30 min:2", "theme:C from:2026-09-01 last:4 min:2",
                "theme:A status:active", "theme:B status:paused,discharged", "all:A,D intensity:3 trend:any",
                "theme:E", "any:E,F last:6 trend:rising", "theme:F intensity:10");
    }

    @ParameterizedTest
    @MethodSource("queries")
    void sqlEqualsBruteForce(String template) {
        String text = template;
        for (int i = 0; i < common.size(); i++) {
            text = text.replace(String.valueOf((char) ('A' + i)), common.get(i));
        }
        SearchQuery query = QueryParser.parse(text).query();
        assertThat(query).as(text).isNotNull();
        SearchOutcome outcome = search.search(text, false);
        assertThat(outcome).as(text).isInstanceOf(SearchOutcome.Found.class);
        List<ClientMatch> sql = ((SearchOutcome.Found) outcome).result().clients();
        List<ClientMatch> expected = bruteForce(query);
        assertThat(sql).as(text).usingRecursiveFieldByFieldElementComparator().containsExactlyInAnyOrderElementsOf(expected);
        QueryCounter.record(text, expected.size());
    }

    @ParameterizedTest
    @MethodSource("queries")
    void inMemoryIndexEqualsBruteForce(String template) {
        String text = template;
        for (int i = 0; i < common.size(); i++) {
            text = text.replace(String.valueOf((char) ('A' + i)), common.get(i));
        }
        assertThat(memory.themeIndexSessions()).isPositive();
        SearchOutcome outcome = memory.search(text, false);
        assertThat(outcome).as(text).isInstanceOf(SearchOutcome.Found.class);
        List<ClientMatch> found = ((SearchOutcome.Found) outcome).result().clients();
        assertThat(found).as(text).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(bruteForce(QueryParser.parse(text).query()));
    }

    @AfterAll
    static void theQueriesFoundThings() {
        // a comparison of empty lists proves nothing: most queries must find clients
        System.out.println("recurrence queries compared with brute force: " + QueryCounter.FOUND.size()
                + ", of which found clients: " + QueryCounter.nonEmpty());
        assertThat(QueryCounter.nonEmpty()).isGreaterThanOrEqualTo(20);
    }

    private static List<ClientMatch> bruteForce(SearchQuery q) {
        ZoneId zone = CLOCK.getZone();
        OffsetDateTime from = q.from() == null ? null : q.from().atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = q.to() == null ? null : q.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        List<Long> themeIds = q.themes().stream().map(ids::get).toList();
        int required = q.mode() == ThemeMode.ALL ? themeIds.size() : 1;
        List<ClientMatch> result = new ArrayList<>();
        for (ClientSummary client : clients) {
            if (!q.statuses().isEmpty() && !q.statuses().contains(client.status())) {
                continue;
            }
            List<SessionNote> window = new ArrayList<>(notesByClient.get(client.id()).stream()
                    .filter(n -> n.attendance() == Attendance.ATTENDED)
                    .filter(n -> from == null || !n.startsAt().isBefore(from))
                    .filter(n -> to == null || n.startsAt().isBefore(to))
                    .sorted(Comparator.comparing(SessionNote::startsAt).thenComparingLong(SessionNote::id).reversed())
                    .toList());
            if (q.lastSessions() != null && window.size() > q.lastSessions()) {
                window = new ArrayList<>(window.subList(0, q.lastSessions()));
            }
            long n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0, minX = Long.MAX_VALUE, maxX = Long.MIN_VALUE;
            Map<String, Integer> perTheme = new LinkedHashMap<>();
            q.themes().forEach(k -> perTheme.put(k, 0));
            List<SparkPoint> line = new ArrayList<>();
            List<Long> matching = new ArrayList<>();
            OffsetDateTime first = null, last = null;
            for (int rank = window.size(); rank >= 1; rank--) { // oldest first; rank 1 is the latest
                SessionNote note = window.get(rank - 1);
                List<ThemeObservation> present = note.observations().stream()
                        .filter(o -> themeIds.contains(o.entryId()) && o.intensity() >= q.effectiveMinIntensity()).toList();
                present.forEach(o -> perTheme.merge(key(o.entryId()), 1, Integer::sum));
                Integer peak = null;
                if (present.size() >= required && !present.isEmpty()) {
                    peak = present.stream().mapToInt(ThemeObservation::intensity).max().orElseThrow();
                    long x = -rank;
                    n++; sx += x; sy += peak; sxx += x * x; sxy += x * peak;
                    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
                    matching.add(note.id());
                    first = first == null ? note.startsAt() : first;
                    last = note.startsAt();
                }
                line.add(new SparkPoint(note.id(), note.startsAt().withOffsetSameInstant(ZoneOffset.UTC), peak));
            }
            if (n == 0 || n < q.effectiveMinSessions()) {
                continue;
            }
            RecurrenceRow row = new RecurrenceRow(client.id(), (int) n, first, last, sy, sx, sxx, sxy, (int) n, maxX - minX);
            TrendDirection trend = row.direction();
            if ((q.trend() == TrendFilter.RISING && trend != TrendDirection.RISING)
                    || (q.trend() == TrendFilter.FALLING && trend != TrendDirection.FALLING)) {
                continue;
            }
            result.add(new ClientMatch(client.id(), client.fullName(), client.status(), (int) n, matching, perTheme,
                    first, last, (double) sy / n, row.slope(), trend, meaning(q.themes(), trend), line, List.of(), null));
        }
        return result;
    }

    private static TrendMeaning meaning(List<String> keys, TrendDirection trend) {
        List<org.goldseam.framework.model.Category> categories = keys.stream()
                .map(org.goldseam.framework.trend.TrendRule::categoryOfKey).distinct().toList();
        return org.goldseam.framework.trend.TrendRule.meaning(trend, categories);
    }

    private static String key(long entryId) {
        return ids.entrySet().stream().filter(e -> e.getValue() == entryId).map(Map.Entry::getKey).findFirst()
                .map(Objects::toString).orElseThrow();
    }

    /** How many queries found at least one client. */
    static final class QueryCounter {
        private static final Map<String, Integer> FOUND = new java.util.concurrent.ConcurrentHashMap<>();

        static void record(String query, int clients) {
            FOUND.put(query, clients);
        }

        static long nonEmpty() {
            return FOUND.values().stream().filter(c -> c > 0).count();
        }
    }
}
