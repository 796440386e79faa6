package org.goldseam.search;

import org.goldseam.search.model.Window;
import org.goldseam.search.model.ThemedSession;
import org.goldseam.search.model.SparkPoint;
import org.goldseam.search.model.RecurrenceRow;
import org.goldseam.search.model.RecurrenceCriteria;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.goldseam.framework.trend.TrendDirection;
import org.goldseam.framework.trend.TrendRule;
import org.goldseam.search.query.TrendFilter;
import org.jspecify.annotations.Nullable;

/**
 * The theme-recurrence search in memory (ADR 0010): every attended session's themes and
 * interventions (the interventions only ever searched here, ADR 0020), per client in
 * primitive arrays ({@link ClientThemes}), plus per theme the clients that ever showed it. Answers
 * exactly what {@link org.goldseam.search.persistence.RecurrenceRepository} answers in SQL, without
 * numbering every candidate's sessions in the database on each query. Loaded from the vault after
 * unlock, kept current by {@link SearchService} on every save and delete, never written anywhere.
 *
 * <p>Client status is not held here (it changes without the search being told): the caller filters
 * by status when it looks up names. Reads are lock-free; writes are serialised by the caller.
 */
final class ThemeIndex {
    private final Map<Long, ClientThemes> clients = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> clientsByEntry = new ConcurrentHashMap<>();

    /** Replaces everything with {@code sessions} (attended sessions only). */
    void load(Collection<ThemedSession> sessions) {
        clients.clear();
        clientsByEntry.clear();
        Map<Long, List<ThemedSession>> byClient = new HashMap<>();
        for (ThemedSession s : sessions) {
            byClient.computeIfAbsent(s.clientId(), k -> new ArrayList<>()).add(s);
        }
        byClient.forEach((client, list) -> replace(client, list));
    }

    /**
     * The notes {@code noteIds} changed: {@code fresh} holds those of them that are now attended
     * sessions (read from the vault after the change); the others were deleted or are not attended.
     */
    void update(Collection<Long> changed, Collection<ThemedSession> fresh) {
        Set<Long> noteIds = new HashSet<>(changed);
        Map<Long, ThemedSession> byNote = new HashMap<>();
        fresh.forEach(s -> byNote.put(s.noteId(), s));
        Set<Long> affected = new HashSet<>();
        boolean gone = false;
        for (long id : noteIds) {
            ThemedSession now = byNote.get(id);
            if (now != null) {
                affected.add(now.clientId()); // a note never changes client
            } else {
                gone = true;
            }
        }
        if (gone) {
            // a note no longer attended (or deleted): find whose it was by looking, rather than keep a
            // note-to-client map of every session for this rare case (a scan of primitive arrays)
            for (ClientThemes t : clients.values()) {
                for (long note : t.noteIds) {
                    if (noteIds.contains(note)) {
                        affected.add(t.clientId);
                        break;
                    }
                }
            }
        }
        for (long client : affected) {
            ClientThemes current = clients.get(client);
            List<ThemedSession> sessions = new ArrayList<>();
            if (current != null) {
                for (ThemedSession s : current.sessions()) {
                    if (!noteIds.contains(s.noteId())) {
                        sessions.add(s);
                    }
                }
            }
            for (ThemedSession s : fresh) {
                if (s.clientId() == client) {
                    sessions.add(s);
                }
            }
            replace(client, sessions);
        }
    }

    void deleteClient(long clientId) {
        replace(clientId, List.of());
    }

    private void replace(long clientId, List<ThemedSession> sessions) {
        ClientThemes old = clients.get(clientId);
        ClientThemes fresh = sessions.isEmpty() ? null : ClientThemes.of(clientId, sessions);
        if (fresh != null) {
            // postings first, so a concurrent search finds the client before or after, never neither
            for (long entry : fresh.distinctEntries) {
                clientsByEntry.computeIfAbsent(entry, k -> ConcurrentHashMap.newKeySet()).add(clientId);
            }
            clients.put(clientId, fresh);
        } else {
            clients.remove(clientId);
        }
        if (old != null) {
            for (long entry : old.distinctEntries) {
                if (fresh == null || !fresh.hasEntry(entry)) {
                    Set<Long> posting = clientsByEntry.get(entry);
                    if (posting != null) {
                        posting.remove(clientId);
                    }
                }
            }
        }
    }

    /** Attended sessions held: for tests and the bench. */
    int sessions() {
        return clients.values().stream().mapToInt(ClientThemes::size).sum();
    }

    /** Clients meeting the criteria (any status), with what the results table shows about them. */
    Map<Long, RecurrenceAnswer> matches(RecurrenceCriteria c) {
        long[] wanted = c.entryIds().stream().mapToLong(Long::longValue).toArray();
        int required = c.requiredPerSession();
        Map<Long, RecurrenceAnswer> found = new LinkedHashMap<>();
        for (long clientId : candidates(c)) {
            ClientThemes t = clients.get(clientId);
            if (t == null) {
                continue;
            }
            RecurrenceAnswer answer = c.interventions() ? answerUse(t, c, wanted, required) : answer(t, c, wanted, required);
            if (answer != null) {
                found.put(clientId, answer);
            }
        }
        return found;
    }

    /** Clients that ever showed the themes: all of them for "all", any for "any" (a superset, checked later). */
    private Collection<Long> candidates(RecurrenceCriteria c) {
        List<Set<Long>> postings = new ArrayList<>();
        for (long entry : c.entryIds()) {
            postings.add(clientsByEntry.getOrDefault(entry, Set.of()));
        }
        Set<Long> out = new HashSet<>();
        if (c.requiredPerSession() > 1) {
            Set<Long> smallest = postings.stream().min((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
            for (long client : smallest) {
                if (postings.stream().allMatch(p -> p.contains(client))) {
                    out.add(client);
                }
            }
        } else {
            postings.forEach(out::addAll);
        }
        return out;
    }

    /** The window as an index range [from, to) into the client's newest-first sessions. */
    private static int[] window(ClientThemes t, Window w) {
        int lo = 0;
        int n = t.size();
        if (w.toExclusive() != null) {
            Instant end = w.toExclusive().toInstant();
            while (lo < n && !t.startsBefore(lo, end)) {
                lo++;
            }
        }
        int hi = lo;
        Instant start = w.from() == null ? null : w.from().toInstant();
        while (hi < n && (start == null || !t.startsBefore(hi, start))) {
            hi++;
        }
        if (w.lastSessions() != null) {
            hi = Math.min(hi, lo + w.lastSessions());
        }
        return new int[] {lo, hi};
    }

    private static @Nullable RecurrenceAnswer answer(ClientThemes t, RecurrenceCriteria c, long[] wanted, int required) {
        int[] range = window(t, c.window());
        int lo = range[0];
        int hi = range[1];
        long n = 0, sumX = 0, sumY = 0, sumXX = 0, sumXY = 0;
        int first = -1, last = -1;
        int[] perEntry = new int[wanted.length];
        Integer[] peaks = new Integer[hi - lo];
        for (int i = lo; i < hi; i++) {
            int present = 0;
            int peak = -1;
            for (int k = t.obsFrom[i]; k < t.obsFrom[i + 1]; k++) {
                int intensity = t.intensities[k];
                if (intensity < c.minIntensity()) {
                    continue;
                }
                for (int e = 0; e < wanted.length; e++) {
                    if (t.entries[k] == wanted[e]) {
                        present++; // an entry occurs at most once per note (uq_theme_observation)
                        perEntry[e]++;
                        peak = Math.max(peak, intensity);
                        break;
                    }
                }
            }
            if (present >= required && present > 0) {
                long x = -(i - lo + 1);
                n++;
                sumX += x;
                sumY += peak;
                sumXX += x * x;
                sumXY += x * peak;
                peaks[i - lo] = peak;
                if (last < 0) {
                    last = i;
                }
                first = i;
            }
        }
        if (n == 0 || n < c.minSessions()) {
            return null;
        }
        RecurrenceRow row = new RecurrenceRow(t.clientId, (int) n, t.startsAt(first), t.startsAt(last), sumY, sumX, sumXX,
                sumXY, (int) n, first - last);
        if (!wanted(c.trend(), row.direction())) {
            return null;
        }
        return answerOf(t, row, wanted, perEntry, lo, hi, peaks);
    }

    /**
     * An intervention search for one client: a window session matches when it used the intervention
     * (any or all of them). Every window session is a point of the trend of use, {@link TrendRule#USED}
     * where it matched and 0 where not; the sparkline shows the same.
     */
    private static @Nullable RecurrenceAnswer answerUse(ClientThemes t, RecurrenceCriteria c, long[] wanted, int required) {
        int[] range = window(t, c.window());
        int lo = range[0];
        int hi = range[1];
        long sumX = 0, sumY = 0, sumXX = 0, sumXY = 0;
        int matching = 0;
        int first = -1, last = -1;
        int[] perEntry = new int[wanted.length];
        Integer[] marks = new Integer[hi - lo];
        for (int i = lo; i < hi; i++) {
            int present = 0;
            for (int k = t.obsFrom[i]; k < t.obsFrom[i + 1]; k++) {
                if (t.intensities[k] != ClientThemes.USED) {
                    continue;
                }
                for (int e = 0; e < wanted.length; e++) {
                    if (t.entries[k] == wanted[e]) {
                        present++; // an intervention occurs at most once per note (its primary key)
                        perEntry[e]++;
                        break;
                    }
                }
            }
            boolean used = present >= required && present > 0;
            long x = -(i - lo + 1);
            int y = used ? TrendRule.USED : 0;
            sumX += x;
            sumY += y;
            sumXX += x * x;
            sumXY += x * y;
            if (used) {
                matching++;
                marks[i - lo] = TrendRule.USED;
                if (last < 0) {
                    last = i;
                }
                first = i;
            }
        }
        if (matching == 0 || matching < c.minSessions()) {
            return null;
        }
        int points = hi - lo;
        RecurrenceRow row = new RecurrenceRow(t.clientId, matching, t.startsAt(first), t.startsAt(last), sumY, sumX, sumXX,
                sumXY, points, points - 1L);
        if (!wanted(c.trend(), row.direction())) {
            return null;
        }
        return answerOf(t, row, wanted, perEntry, lo, hi, marks);
    }

    /** The row, how often each wanted entry counted, and the sparkline's points (newest last) over {@code lo..hi}. */
    private static RecurrenceAnswer answerOf(ClientThemes t, RecurrenceRow row, long[] wanted, int[] perEntry, int lo, int hi,
            @Nullable Integer[] points) {
        Map<Long, Integer> counts = new HashMap<>();
        for (int e = 0; e < wanted.length; e++) {
            if (perEntry[e] > 0) {
                counts.put(wanted[e], perEntry[e]);
            }
        }
        List<SparkPoint> line = new ArrayList<>(hi - lo);
        for (int i = hi - 1; i >= lo; i--) {
            line.add(new SparkPoint(t.noteIds[i], t.startsAt(i), points[i - lo]));
        }
        return new RecurrenceAnswer(row, counts, line);
    }

    private static boolean wanted(TrendFilter filter, TrendDirection direction) {
        return switch (filter) {
            case RISING -> direction == TrendDirection.RISING;
            case FALLING -> direction == TrendDirection.FALLING;
            case ANY -> true;
        };
    }

    /** The notes in the window of each given client: where a combined search looks for words. */
    Set<Long> windowNotes(Window w, Collection<Long> clientIds) {
        Set<Long> notes = new HashSet<>();
        for (long clientId : clientIds) {
            ClientThemes t = clients.get(clientId);
            if (t != null) {
                int[] range = window(t, w);
                for (int i = range[0]; i < range[1]; i++) {
                    notes.add(t.noteIds[i]);
                }
            }
        }
        return notes;
    }
}
