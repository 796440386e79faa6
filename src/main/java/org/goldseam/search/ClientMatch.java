package org.goldseam.search;

import org.goldseam.search.model.Trend;
import org.goldseam.search.model.SparkPoint;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldseam.clients.ClientStatus;
import org.jspecify.annotations.Nullable;

/**
 * One row of the results table: a client who matches, and what the row shows about them.
 *
 * @param matchingSessions sessions in the window that match: showing the themes (any or all, at the
 *                         minimum intensity); for a words-only search, notes where the words occur
 * @param matchingNoteIds  those sessions' notes, oldest first: where the app opens the client
 * @param themeCounts      per searched theme key, window sessions showing it (at the minimum intensity)
 * @param meanIntensity    mean peak intensity over the matching sessions; null without themes
 * @param trendSlope       least-squares slope of that intensity per session; null without themes or
 *                         with a single matching session
 * @param trend            the slope in words; null without themes
 * @param sparkline        every window session oldest first, with its intensity where it matches
 * @param textMatches      notes where the words occur, best first; empty without words
 * @param textScore        best relevance of those notes; null without words
 */
public record ClientMatch(long clientId, String clientName, ClientStatus status, int matchingSessions,
                          List<Long> matchingNoteIds, Map<String, Integer> themeCounts, OffsetDateTime firstOccurrence,
                          @Nullable OffsetDateTime lastOccurrence, @Nullable Double meanIntensity, @Nullable Double trendSlope, @Nullable Trend trend,
                          List<SparkPoint> sparkline, List<TextMatch> textMatches, @Nullable Float textScore) {
    public ClientMatch {
        matchingNoteIds = List.copyOf(matchingNoteIds);
        themeCounts = Collections.unmodifiableMap(new LinkedHashMap<>(themeCounts));
        sparkline = List.copyOf(sparkline);
        textMatches = List.copyOf(textMatches);
    }
}
