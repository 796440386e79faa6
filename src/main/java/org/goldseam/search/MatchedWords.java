package org.goldseam.search;

import java.util.List;
import org.goldseam.search.query.ParseResult;
import org.goldseam.search.query.QueryParser;
import org.goldseam.search.text.Highlight;
import org.goldseam.search.text.TextQuery;
import org.jspecify.annotations.Nullable;

/**
 * The words, prefixes and phrases a finished search looked for, ready to be found again in a note
 * the clinician opens from its results. It matches exactly as the search and its passages do (same
 * analyzer, same stemming: "perfectionist" finds "perfectionism"), so what the note marks agrees
 * with what the result list marked. Pure analysis of the given text: it never reads the index, so
 * it keeps working after the index has gone with a locked vault. Thread-safe.
 */
public final class MatchedWords {
    private static final MatchedWords NONE = new MatchedWords("", null);

    private final String queryText;
    /** Null when the search had no words (themes only) or could not be read. */
    private final @Nullable TextQuery words;

    private MatchedWords(String queryText, @Nullable TextQuery words) {
        this.queryText = queryText;
        this.words = words;
    }

    /** The words of {@code result}'s search; {@link #isEmpty() empty} for a search by themes alone. */
    public static MatchedWords of(@Nullable SearchResult result) {
        return result == null ? NONE : of(result.query());
    }

    /** The words of a search written in the query language. */
    public static MatchedWords of(String queryText) {
        if (queryText == null || queryText.isBlank()) {
            return NONE;
        }
        ParseResult parsed = QueryParser.parse(queryText);
        if (!parsed.ok() || !parsed.validQuery().hasText()) {
            return NONE;
        }
        TextQuery compiled = TextQuery.compile(parsed.validQuery().terms());
        return compiled.isEmpty() ? NONE : new MatchedWords(queryText, compiled);
    }

    public static MatchedWords none() {
        return NONE;
    }

    /** True when there is nothing to mark: the search was by themes alone. */
    public boolean isEmpty() {
        return words == null;
    }

    /** Where the words occur in {@code text}, in order, overlaps merged; offsets are {@code text}'s own (UTF-16). */
    public List<Highlight> in(String text) {
        if (words == null || text == null || text.isEmpty()) {
            return List.of();
        }
        return words.find(text);
    }

    /** Two searches with the same text mark the same words. */
    @Override
    public boolean equals(Object other) {
        return other instanceof MatchedWords m && m.queryText.equals(queryText);
    }

    @Override
    public int hashCode() {
        return queryText.hashCode();
    }

    /** No words: a search's text can name a client's themes and words, kept out of logs. */
    @Override
    public String toString() {
        return isEmpty() ? "MatchedWords[none]" : "MatchedWords[" + queryText.length() + " chars]";
    }
}
