package org.goldseam.search;

import org.goldseam.search.model.ThemedSession;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One client's attended sessions and their themes, in primitive arrays ordered newest first (start
 * descending, then note id descending: the order the SQL window numbers sessions in). Immutable: an
 * update builds a new one and swaps it in, so a search never sees half a change. Session {@code i}'s
 * observations are {@code entries[obsFrom[i]..obsFrom[i+1])} with the same range of
 * {@code intensities}; the interventions used in the session are in the same range with the
 * intensity {@link #USED} (a theme's intensity is never negative).
 */
final class ClientThemes {
    private static final Comparator<ThemedSession> NEWEST_FIRST = Comparator
            .comparing((ThemedSession s) -> s.startsAt().toInstant())
            .thenComparingLong(ThemedSession::noteId).reversed();

    /** The intensity slot of an intervention used in a session: interventions have no intensity. */
    static final byte USED = -1;

    final long clientId;
    final long[] noteIds;
    final long[] seconds;
    final int[] nanos;
    final int[] obsFrom;
    final long[] entries;
    final byte[] intensities;
    /** Distinct entries observed in any of the sessions, sorted: the client's postings. */
    final long[] distinctEntries;

    private ClientThemes(long clientId, List<ThemedSession> sessions) {
        this.clientId = clientId;
        List<ThemedSession> sorted = new ArrayList<>(sessions);
        sorted.sort(NEWEST_FIRST);
        int n = sorted.size();
        noteIds = new long[n];
        seconds = new long[n];
        nanos = new int[n];
        obsFrom = new int[n + 1];
        int observations = 0;
        for (ThemedSession s : sorted) {
            observations += s.themes().size() + s.interventions().size();
        }
        entries = new long[observations];
        intensities = new byte[observations];
        int at = 0;
        for (int i = 0; i < n; i++) {
            ThemedSession s = sorted.get(i);
            Instant start = s.startsAt().toInstant();
            noteIds[i] = s.noteId();
            seconds[i] = start.getEpochSecond();
            nanos[i] = start.getNano();
            obsFrom[i] = at;
            for (ThemedSession.Observed o : s.themes()) {
                entries[at] = o.entryId();
                intensities[at] = (byte) o.intensity();
                at++;
            }
            for (long intervention : s.interventions()) {
                entries[at] = intervention;
                intensities[at] = USED;
                at++;
            }
        }
        obsFrom[n] = at;
        distinctEntries = Arrays.stream(entries).distinct().sorted().toArray();
    }

    static ClientThemes of(long clientId, List<ThemedSession> sessions) {
        return new ClientThemes(clientId, sessions);
    }

    int size() {
        return noteIds.length;
    }

    /** Back to records: for rebuilding this client after one of its notes changed. */
    List<ThemedSession> sessions() {
        List<ThemedSession> out = new ArrayList<>(noteIds.length);
        for (int i = 0; i < noteIds.length; i++) {
            List<ThemedSession.Observed> themes = new ArrayList<>(obsFrom[i + 1] - obsFrom[i]);
            List<Long> interventions = new ArrayList<>(2);
            for (int k = obsFrom[i]; k < obsFrom[i + 1]; k++) {
                if (intensities[k] == USED) {
                    interventions.add(entries[k]);
                } else {
                    themes.add(new ThemedSession.Observed(entries[k], intensities[k]));
                }
            }
            out.add(new ThemedSession(noteIds[i], clientId, startsAt(i), themes, interventions));
        }
        return out;
    }

    boolean hasEntry(long entryId) {
        return Arrays.binarySearch(distinctEntries, entryId) >= 0;
    }

    OffsetDateTime startsAt(int i) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds[i], nanos[i]), ZoneOffset.UTC);
    }

    /** Sessions from index {@code i} on start before {@code instant} (sessions are newest first). */
    boolean startsBefore(int i, Instant instant) {
        return seconds[i] < instant.getEpochSecond() || (seconds[i] == instant.getEpochSecond() && nanos[i] < instant.getNano());
    }
}
