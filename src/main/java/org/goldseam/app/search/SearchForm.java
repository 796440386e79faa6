package org.goldseam.app.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.clients.ClientStatus;
import org.goldseam.search.query.SearchQuery;
import org.goldseam.search.query.TextTerm;
import org.goldseam.search.query.ThemeMode;
import org.goldseam.search.query.TrendFilter;
import org.jspecify.annotations.Nullable;

/**
 * What the structured form of the search window shows. Unlike {@link SearchQuery} it may be
 * incomplete while the clinician fills it in (a minimum set before any theme is chosen); it keeps
 * the words typed in the query box, which the form shows but does not edit, so that a form change
 * never drops them.
 *
 * @param themes       chosen taxonomy keys, in the order chosen
 * @param minSessions  null for the default of one session
 * @param lastSessions null for every session
 * @param minIntensity null for any intensity
 * @param statuses     empty for every client
 */
public record SearchForm(List<String> themes, ThemeMode mode, @Nullable Integer minSessions, @Nullable Integer lastSessions, @Nullable LocalDate from,
                         @Nullable LocalDate to, @Nullable Integer minIntensity, List<ClientStatus> statuses, TrendFilter trend,
                         List<TextTerm> terms) {

    public static final SearchForm EMPTY = new SearchForm(List.of(), ThemeMode.ANY, null, null, null, null, null, List.of(),
            TrendFilter.ANY, List.of());

    public SearchForm {
        themes = List.copyOf(themes);
        mode = mode == null ? ThemeMode.ANY : mode;
        statuses = statuses.stream().distinct().sorted().toList();
        trend = trend == null ? TrendFilter.ANY : trend;
        terms = List.copyOf(terms);
    }

    public static SearchForm of(SearchQuery query) {
        return new SearchForm(query.themes(), query.mode(), query.minSessions(), query.lastSessions(), query.from(),
                query.to(), query.minIntensity(), query.statuses(), query.trend(), query.terms());
    }

    /** True when nothing at all is filled in: the box is empty and there is nothing to search. */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /**
     * The form as a query.
     *
     * @throws IllegalArgumentException with a sentence for the clinician when the form is not a
     *                                  search yet (no theme or words, a minimum without a theme…)
     */
    public SearchQuery toQuery() {
        return new SearchQuery(themes, mode, minSessions, lastSessions, from, to, minIntensity, statuses, trend, terms);
    }

    /** Adds the theme, or takes it away when it is already chosen. */
    public SearchForm toggleTheme(String key) {
        List<String> changed = new ArrayList<>(themes);
        if (!changed.remove(key)) {
            changed.add(key);
        }
        return new SearchForm(changed, mode, minSessions, lastSessions, from, to, minIntensity, statuses, trend, terms);
    }

    public SearchForm withMode(ThemeMode value) {
        return new SearchForm(themes, value, minSessions, lastSessions, from, to, minIntensity, statuses, trend, terms);
    }

    public SearchForm withMinSessions(@Nullable Integer value) {
        return new SearchForm(themes, mode, value, lastSessions, from, to, minIntensity, statuses, trend, terms);
    }

    public SearchForm withLastSessions(@Nullable Integer value) {
        return new SearchForm(themes, mode, minSessions, value, from, to, minIntensity, statuses, trend, terms);
    }

    public SearchForm withDates(@Nullable LocalDate fromDate, @Nullable LocalDate toDate) {
        return new SearchForm(themes, mode, minSessions, lastSessions, fromDate, toDate, minIntensity, statuses, trend, terms);
    }

    public SearchForm withMinIntensity(@Nullable Integer value) {
        return new SearchForm(themes, mode, minSessions, lastSessions, from, to, value, statuses, trend, terms);
    }

    public SearchForm withStatuses(List<ClientStatus> value) {
        return new SearchForm(themes, mode, minSessions, lastSessions, from, to, minIntensity, value, trend, terms);
    }

    public SearchForm withTrend(TrendFilter value) {
        return new SearchForm(themes, mode, minSessions, lastSessions, from, to, minIntensity, statuses, value, terms);
    }
}
