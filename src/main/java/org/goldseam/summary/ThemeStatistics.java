package org.goldseam.summary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldseam.summary.SummaryDocument.HeatMap;
import org.goldseam.summary.SummaryDocument.HeatRow;
import org.goldseam.summary.SummaryDocument.ThemeStat;
import org.goldseam.framework.trend.TrendDirection;
import org.goldseam.framework.trend.TrendRule;
import org.goldseam.summary.SummaryFacts.ObservationFact;
import org.goldseam.summary.SummaryFacts.SessionFact;

/**
 * Recurring themes of a period: how many attended sessions each came up in, its mean intensity and
 * its trend, plus the theme-by-session intensities behind the heat map.
 *
 * <p>The trend is named by the one rule the app, the search and the export use too
 * ({@link TrendRule}): least squares over the attended sessions the theme came up in, placed by
 * their order among the period's attended sessions; with fewer than three the table says "too few
 * sessions" instead of guessing. Its meaning (improving or worsening) follows the category.
 */
final class ThemeStatistics {
    static final int MAX_THEMES = 10;

    private final List<LocalDate> sessionDates = new ArrayList<>();
    private final List<ThemeStat> top;
    private final Map<Long, Integer[]> intensities = new HashMap<>();

    ThemeStatistics(List<SessionFact> attended, List<ObservationFact> observations, ZoneId zone) {
        Map<Long, Integer> column = new HashMap<>();
        for (SessionFact session : attended) {
            column.put(session.noteId(), sessionDates.size());
            sessionDates.add(session.startsAt().atZoneSameInstant(zone).toLocalDate());
        }
        Map<Long, List<ObservationFact>> byEntry = new LinkedHashMap<>();
        for (ObservationFact o : observations) {
            Integer col = column.get(o.noteId());
            if (col != null) {
                byEntry.computeIfAbsent(o.entryId(), e -> new ArrayList<>()).add(o);
                intensities.computeIfAbsent(o.entryId(), e -> new Integer[attended.size()])[col] = o.intensity();
            }
        }
        // recurring means more than once, unless the period holds a single session
        int minimum = attended.size() > 1 ? 2 : 1;
        List<ThemeStat> stats = new ArrayList<>();
        byEntry.forEach((entryId, seen) -> {
            if (seen.size() >= minimum) {
                stats.add(stat(entryId, seen, column));
            }
        });
        stats.sort(Comparator.comparingInt(ThemeStat::sessions).reversed()
                .thenComparing(Comparator.comparingDouble(ThemeStat::meanIntensity).reversed())
                .thenComparing(ThemeStat::label));
        top = List.copyOf(stats.subList(0, Math.min(MAX_THEMES, stats.size())));
    }

    List<ThemeStat> top() {
        return top;
    }

    /** Rows for the top themes, columns for every attended session of the period. */
    HeatMap heatMap() {
        List<HeatRow> rows = new ArrayList<>();
        for (ThemeStat stat : top) {
            rows.add(new HeatRow(stat.label(), stat.category(), Arrays.asList(intensities.get(stat.entryId()))));
        }
        return new HeatMap(List.copyOf(sessionDates), rows);
    }

    private static ThemeStat stat(long entryId, List<ObservationFact> seen, Map<Long, Integer> column) {
        ObservationFact first = seen.get(0);
        double mean = seen.stream().mapToInt(ObservationFact::intensity).average().orElse(0);
        long[] x = seen.stream().mapToLong(o -> column.get(o.noteId())).toArray();
        int[] y = seen.stream().mapToInt(ObservationFact::intensity).toArray();
        TrendDirection trend = TrendRule.direction(x, y);
        return new ThemeStat(entryId, first.label(), first.category(), seen.size(), mean, trend,
                TrendRule.meaning(trend, first.category()));
    }
}
