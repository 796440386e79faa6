package org.goldseam.search.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.goldseam.vault.SupportedDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.goldseam.clients.ClientStatus;
import org.jspecify.annotations.Nullable;

/**
 * Reads the search language of the search box and {@code goldseam search}:
 *
 * <pre>
 * query   = part { space part }
 * part    = filter | phrase | word
 * filter  = name ":" value       (name: theme intervention any all mode min last from to intensity status trend)
 * phrase  = '"' text '"'
 * word    = letters without spaces or quotes, optionally ending in '*' (a prefix)
 * </pre>
 *
 * Every problem comes back as a {@link QueryError} with the position it starts at and what was
 * expected there; no input makes {@link #parse} throw.
 */
public final class QueryParser {
    public static final int MAX_LENGTH = 2000;
    private static final Pattern ENTRY_KEY = Pattern.compile("[a-z][a-z_]*\\.[a-z0-9_]+");
    private static final Pattern FILTER_NAME = Pattern.compile("[A-Za-z]+");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,6}");
    static final String FILTERS = "theme, intervention, any, all, mode, min, last, from, to, intensity, status, trend";
    /** Every intervention key starts with this: interventions are a category of the taxonomy. */
    public static final String INTERVENTION_PREFIX = "intervention.";
    private static final java.util.Set<String> KNOWN = java.util.Set.of(FILTERS.split(", "));

    private final String text;
    private final List<String> themes = new ArrayList<>();
    private final List<TextTerm> terms = new ArrayList<>();
    private final List<ClientStatus> statuses = new ArrayList<>();
    /** Where each single-use filter was written, to point at it when it does not fit the rest. */
    private final java.util.Map<String, Integer> written = new java.util.HashMap<>();
    private @Nullable ThemeMode mode;
    private int modeAt = -1;
    private @Nullable Integer min;
    private @Nullable Integer last;
    private @Nullable Integer intensity;
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private int toAt;
    private @Nullable TrendFilter trend;

    private QueryParser(String text) {
        this.text = text;
    }

    public static ParseResult parse(String text) {
        if (text == null || text.isBlank()) {
            return ParseResult.failed(0, "The search is empty: type a theme such as theme:core_belief.fraud, or some words");
        }
        if (text.length() > MAX_LENGTH) {
            return ParseResult.failed(MAX_LENGTH, "The search is longer than " + MAX_LENGTH + " characters; shorten it");
        }
        return new QueryParser(text).run();
    }

    /** True for a well-formed taxonomy key: a category, a dot, and a lower-case name. */
    public static boolean isEntryKey(String key) {
        return key != null && ENTRY_KEY.matcher(key).matches();
    }

    private ParseResult run() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            ParseResult failure;
            int end;
            if (c == '"') {
                end = text.indexOf('"', i + 1);
                if (end < 0) {
                    return ParseResult.failed(i, "This quotation mark is never closed; end the phrase with another \"");
                }
                String phrase = text.substring(i + 1, end).strip();
                if (phrase.isEmpty()) {
                    return ParseResult.failed(i, "The quotes are empty; put the words of a phrase between them");
                }
                terms.add(TextTerm.phrase(phrase.replaceAll("\\s+", " ")));
                end++;
                failure = null;
            } else {
                end = i;
                while (end < text.length() && !isSpace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                failure = part(text.substring(i, end), i);
            }
            if (failure != null) {
                return failure;
            }
            i = end;
        }
        return finish();
    }

    private @Nullable ParseResult part(String token, int at) {
        int colon = token.indexOf(':');
        if (colon > 0 && FILTER_NAME.matcher(token.substring(0, colon)).matches()) {
            return filter(token.substring(0, colon).toLowerCase(Locale.ROOT), token.substring(colon + 1), at, at + colon + 1);
        }
        if (colon == 0) {
            return ParseResult.failed(at, "A colon must follow a filter name such as theme: or min:; to search for the text, put it in quotes");
        }
        int star = token.indexOf('*');
        if (star >= 0 && star != token.length() - 1) {
            return ParseResult.failed(at + star, "A * can only end a word, as in exam*");
        }
        if (star > 0) {
            String prefix = token.substring(0, star);
            if (prefix.codePoints().noneMatch(Character::isLetterOrDigit)) {
                return ParseResult.failed(at, "A word before * needs at least one letter or digit, as in exam*");
            }
            terms.add(TextTerm.prefix(prefix));
        } else if (star == 0) {
            return ParseResult.failed(at, "A * on its own matches nothing; write the start of a word before it, as in exam*");
        } else {
            terms.add(TextTerm.word(token));
        }
        return null;
    }

    private @Nullable ParseResult filter(String name, String value, int at, int valueAt) {
        if (!KNOWN.contains(name)) {
            return ParseResult.failed(at, "There is no filter called " + name + ":. The filters are " + FILTERS
                    + "; to search for the text itself, put it in quotes");
        }
        boolean themeList = name.equals("theme") || name.equals("any") || name.equals("all") || name.equals("intervention");
        if (!themeList && written.putIfAbsent(name, at) != null) {
            return ParseResult.failed(at, name + ": is given twice; keep one");
        }
        if (value.isEmpty()) {
            return ParseResult.failed(valueAt, name + ": needs a value right after the colon, e.g. " + example(name));
        }
        switch (name) {
            case "theme", "any", "all" -> {
                if (!name.equals("theme")) {
                    ParseResult clash = setMode(name.equals("all") ? ThemeMode.ALL : ThemeMode.ANY, at);
                    if (clash != null) {
                        return clash;
                    }
                }
                return themeKeys(value, valueAt);
            }
            case "intervention" -> {
                return interventionKeys(value, valueAt);
            }
            case "mode" -> {
                return switch (value.toLowerCase(Locale.ROOT)) {
                    case "any" -> setMode(ThemeMode.ANY, at);
                    case "all" -> setMode(ThemeMode.ALL, at);
                    default -> ParseResult.failed(valueAt, "mode: is either any or all");
                };
            }
            case "min", "last", "intensity" -> {
                int low = name.equals("intensity") ? 0 : 1;
                int high = name.equals("intensity") ? 10 : SearchQuery.MAX_SESSIONS;
                if (!NUMBER.matcher(value).matches() || Integer.parseInt(value) < low || Integer.parseInt(value) > high) {
                    return ParseResult.failed(valueAt, name + ": takes a whole number from " + low + " to " + high + ", e.g. " + example(name));
                }
                int number = Integer.parseInt(value);
                switch (name) {
                    case "min" -> min = number;
                    case "last" -> last = number;
                    default -> intensity = number;
                }
                return null;
            }
            case "from", "to" -> {
                LocalDate date;
                try {
                    date = LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    return ParseResult.failed(valueAt, name + ": needs a date written as year-month-day, e.g. " + example(name));
                }
                if (!SupportedDates.contains(date)) {
                    return ParseResult.failed(valueAt, name + ": needs a date " + SupportedDates.range());
                }
                if (name.equals("from")) {
                    from = date;
                } else {
                    to = date;
                    toAt = at;
                }
                return null;
            }
            case "status" -> {
                return statuses(value, valueAt);
            }
            case "trend" -> {
                for (TrendFilter candidate : TrendFilter.values()) {
                    if (candidate.code().equalsIgnoreCase(value)) {
                        trend = candidate;
                        return null;
                    }
                }
                return ParseResult.failed(valueAt, "trend: is rising, falling or any");
            }
            default -> throw new IllegalStateException("filter without a case: " + name);
        }
    }

    private @Nullable ParseResult setMode(ThemeMode wanted, int at) {
        if (mode != null && mode != wanted) {
            return ParseResult.failed(at, "This asks for " + wanted.code() + " themes, but the search already asked for "
                    + mode.code() + "; use one of any: and all:");
        }
        mode = wanted;
        modeAt = at;
        return null;
    }

    private @Nullable ParseResult themeKeys(String value, int valueAt) {
        int offset = 0;
        for (String key : value.split(",", -1)) {
            String lower = key.toLowerCase(Locale.ROOT);
            if (!isEntryKey(lower)) {
                String hint = lower.isEmpty() ? "An entry key is missing here" : "\"" + key + "\" is not a theme key";
                return ParseResult.failed(valueAt + offset, hint + "; keys are a category, a dot and a name, e.g. core_belief.fraud"
                        + " (goldseam taxonomy lists them)");
            }
            if (lower.startsWith(INTERVENTION_PREFIX)) {
                return ParseResult.failed(valueAt + offset, lower + " is an intervention, and interventions are recorded apart from"
                        + " themes: search for it with intervention:" + lower);
            }
            themes.add(lower);
            offset += key.length() + 1;
        }
        return null;
    }

    private @Nullable ParseResult interventionKeys(String value, int valueAt) {
        int offset = 0;
        for (String key : value.split(",", -1)) {
            String lower = key.toLowerCase(Locale.ROOT);
            if (!isEntryKey(lower) || !lower.startsWith(INTERVENTION_PREFIX)) {
                String hint = lower.isEmpty() ? "An intervention key is missing here" : "\"" + key + "\" is not an intervention key";
                return ParseResult.failed(valueAt + offset, hint + "; intervention keys look like intervention.emdr"
                        + " (goldseam taxonomy lists them); themes go in theme:");
            }
            themes.add(lower);
            offset += key.length() + 1;
        }
        return null;
    }

    private @Nullable ParseResult statuses(String value, int valueAt) {
        int offset = 0;
        for (String code : value.split(",", -1)) {
            ClientStatus status = null;
            for (ClientStatus candidate : ClientStatus.values()) {
                if (candidate.dbValue().equalsIgnoreCase(code)) {
                    status = candidate;
                }
            }
            if (status == null) {
                return ParseResult.failed(valueAt + offset, "status: is active, paused or discharged (several with commas)");
            }
            statuses.add(status);
            offset += code.length() + 1;
        }
        return null;
    }

    private ParseResult finish() {
        if (from != null && to != null && to.isBefore(from)) {
            return ParseResult.failed(toAt, "to: (" + to + ") is before from: (" + from + "); swap them");
        }
        if (themes.isEmpty() && modeAt >= 0) {
            return ParseResult.failed(modeAt, "any:, all: and mode: need themes, e.g. all:core_belief.fraud,defense.control");
        }
        for (String themed : List.of("min", "intensity", "trend")) {
            if (themes.isEmpty() && written.containsKey(themed)) {
                return ParseResult.failed(written.get(themed), themed
                        + ": describes how themes recur; add a theme too, e.g. theme:core_belief.fraud " + example(themed));
            }
        }
        boolean interventions = themes.stream().anyMatch(k -> k.startsWith(INTERVENTION_PREFIX));
        if (interventions && themes.stream().anyMatch(k -> !k.startsWith(INTERVENTION_PREFIX))) {
            return ParseResult.failed(0, "A search looks for themes or for interventions, not both at once;"
                    + " search for the interventions and the themes separately");
        }
        if (interventions && written.containsKey("intensity")) {
            return ParseResult.failed(written.get("intensity"), "intensity: is for themes; an intervention is recorded as used"
                    + " or not, without an intensity");
        }
        String problem = SearchQuery.problem(themes, min, last, from, to, intensity, trend == null ? TrendFilter.ANY : trend, terms);
        if (problem != null) {
            return ParseResult.failed(0, problem);
        }
        return ParseResult.ok(new SearchQuery(themes, mode == null ? ThemeMode.ANY : mode, min, last, from, to, intensity, statuses,
                trend == null ? TrendFilter.ANY : trend, terms));
    }

    private static String example(String name) {
        return switch (name) {
            case "min" -> "min:3";
            case "last" -> "last:5";
            case "intensity" -> "intensity:6";
            case "from" -> "from:2026-01-01";
            case "to" -> "to:2026-06-30";
            case "status" -> "status:active";
            case "trend" -> "trend:rising";
            case "mode" -> "mode:all";
            default -> name + ":core_belief.fraud";
        };
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
