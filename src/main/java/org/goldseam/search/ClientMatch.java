package org.goldseam.search;

import org.goldseam.framework.trend.TrendDirection;
import org.goldseam.framework.trend.TrendMeaning;
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
 *                         minimum intensity) or using the interventions; for a words-only search,
 *                         notes where the words occur
 * @param matchingNoteIds  those sessions' notes, oldest first: where the app opens the client
 * @param themeCounts      per searched theme key, window sessions showing it (at the minimum intensity)
 * @param meanIntensity    mean peak intensity over the matching sessions; null without themes, and for
 *                         interventions (they have no intensity)
 * @param trendSlope       least-squares slope per session behind the trend; null without themes or
 *                         interventions, or with a single point
 * @param trend            the direction under the one trend rule ({@code TrendRule}); null without
 *                         themes or interventions
 * @param trendMeaning     whether that direction is improving or worsening for the searched
 *                         categories; null where {@code trend} is
 * @param sparkline        every window session oldest first, with its intensity where it matches
 * @param textMatches      notes where the words occur, best first; empty without words
 * @param textScore        best relevance of those notes; null without words
 */
public record ClientMatch(long clientId, String clientName, ClientStatus status, int matchingSessions,
                          List<Long> matchingNoteIds, Map<String, Integer> themeCounts, OffsetDateTime firstOccurrence,
                          @Nullable OffsetDateTime lastOccurrence, @Nullable Double meanIntensity, @Nullable Double trendSlope, @Nullable TrendDirection trend,
                          @Nullable TrendMeaning trendMeaning,
                          List<SparkPoint> sparkline, List<TextMatch> textMatches, @Nullable Float textScore) {
    public ClientMatch {
        matchingNoteIds = List.copyOf(matchingNoteIds);
        themeCounts = Collections.unmodifiableMap(new LinkedHashMap<>(themeCounts));
        sparkline = List.copyOf(sparkline);
        textMatches = List.copyOf(textMatches);
    }
}
