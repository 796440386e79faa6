package org.goldseam.search.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.goldseam.clients.ClientStatus;
import org.jspecify.annotations.Nullable;

/**
 * A search over the caseload: recurring themes, words, or both. The search box and the structured
 * form both produce one; {@link #toQueryText()} writes it back in the query language, so the two stay
 * in step ({@code QueryParser.parse(q.toQueryText())} gives {@code q} again).
 *
 * @param themes       taxonomy entry keys: themes, or interventions ({@code intervention.} keys, never
 *                     mixed with themes); empty for a words-only search
 * @param mode         whether a session needs any or all of the themes
 * @param minSessions  sessions in the window that must show the themes; null means 1
 * @param lastSessions window: only the client's last N attended sessions; null means all of them
 * @param from         window: sessions on or after this date (clinician's time zone); null for no bound
 * @param to           window: sessions on or before this date; null for no bound
 * @param minIntensity an observation counts only at this intensity (0–10) or above; null means 0
 * @param statuses     clients with one of these statuses; empty means every client
 * @param trend        the direction the themes' intensity must take over the window
 * @param terms        words, prefixes and phrases that must all occur in one note
 */
public record SearchQuery(List<String> themes, ThemeMode mode, @Nullable Integer minSessions, @Nullable Integer lastSessions,
                          @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Integer minIntensity, List<ClientStatus> statuses,
                          TrendFilter trend, List<TextTerm> terms) {

    public static final int MAX_SESSIONS = 1000;

    public SearchQuery {
        themes = List.copyOf(new LinkedHashSet<>(themes));
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(trend, "trend");
        statuses = statuses.stream().distinct().sorted().toList();
        terms = List.copyOf(terms);
        String problem = problem(themes, minSessions, lastSessions, from, to, minIntensity, trend, terms);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** A words-only search with no filters. */
    public static SearchQuery text(List<TextTerm> terms) {
        return new SearchQuery(List.of(), ThemeMode.ANY, null, null, null, null, null, List.of(), TrendFilter.ANY, terms);
    }

    /** What makes these parts no query, in the user's terms; null when they are fine. */
    static @Nullable String problem(List<String> themes, @Nullable Integer minSessions, @Nullable Integer lastSessions, @Nullable LocalDate from, @Nullable LocalDate to,
                          @Nullable Integer minIntensity, TrendFilter trend, List<TextTerm> terms) {
        for (String key : themes) {
            if (!QueryParser.isEntryKey(key)) {
                return "\"" + key + "\" is not a theme key; keys look like core_belief.fraud";
            }
        }
        if (minSessions != null && (minSessions < 1 || minSessions > MAX_SESSIONS)) {
            return "min: takes a whole number from 1 to " + MAX_SESSIONS;
        }
        if (lastSessions != null && (lastSessions < 1 || lastSessions > MAX_SESSIONS)) {
            return "last: takes a whole number from 1 to " + MAX_SESSIONS;
        }
        if (minIntensity != null && (minIntensity < 0 || minIntensity > 10)) {
            return "intensity: takes a whole number from 0 to 10";
        }
        if (from != null && to != null && to.isBefore(from)) {
            return "to: (" + to + ") is before from: (" + from + ")";
        }
        if (themes.isEmpty() && (minSessions != null || minIntensity != null || trend != TrendFilter.ANY)) {
            return "min:, intensity: and trend: describe themes; add one, e.g. theme:core_belief.fraud";
        }
        boolean interventions = themes.stream().anyMatch(k -> k.startsWith(QueryParser.INTERVENTION_PREFIX));
        if (interventions && themes.stream().anyMatch(k -> !k.startsWith(QueryParser.INTERVENTION_PREFIX))) {
            return "A search looks for themes or for interventions, not both at once";
        }
        if (interventions && minIntensity != null) {
            return "intensity: is for themes; an intervention is recorded as used or not, without an intensity";
        }
        if (themes.isEmpty() && terms.isEmpty()) {
            return "Nothing to search for: add a theme (theme:core_belief.fraud) or some words";
        }
        return null;
    }

    public boolean hasThemes() {
        return !themes.isEmpty();
    }

    /** True when the keys are interventions (intervention:), which are searched by use rather than intensity. */
    public boolean searchesInterventions() {
        return !themes.isEmpty() && themes.get(0).startsWith(QueryParser.INTERVENTION_PREFIX);
    }

    public boolean hasText() {
        return !terms.isEmpty();
    }

    /** True when the query narrows the sessions looked at (last:, from: or to:). */
    public boolean hasWindow() {
        return lastSessions != null || from != null || to != null;
    }

    public int effectiveMinSessions() {
        return minSessions == null ? 1 : minSessions;
    }

    public int effectiveMinIntensity() {
        return minIntensity == null ? 0 : minIntensity;
    }

    /** This query in the query language, in a fixed order: themes, filters, then text. */
    public String toQueryText() {
        List<String> parts = new ArrayList<>();
        if (searchesInterventions()) {
            parts.add("intervention:" + String.join(",", themes));
            if (mode == ThemeMode.ALL) {
                parts.add("mode:all");
            }
        } else if (themes.size() == 1 && mode == ThemeMode.ANY) {
            parts.add("theme:" + themes.get(0));
        } else if (!themes.isEmpty()) {
            parts.add(mode.code() + ":" + String.join(",", themes));
        }
        if (minSessions != null) {
            parts.add("min:" + minSessions);
        }
        if (lastSessions != null) {
            parts.add("last:" + lastSessions);
        }
        if (from != null) {
            parts.add("from:" + from);
        }
        if (to != null) {
            parts.add("to:" + to);
        }
        if (minIntensity != null) {
            parts.add("intensity:" + minIntensity);
        }
        if (!statuses.isEmpty()) {
            StringJoiner joined = new StringJoiner(",", "status:", "");
            statuses.forEach(s -> joined.add(s.dbValue()));
            parts.add(joined.toString());
        }
        if (trend != TrendFilter.ANY) {
            parts.add("trend:" + trend.code());
        }
        terms.forEach(t -> parts.add(t.toQueryText()));
        return String.join(" ", parts);
    }
}
