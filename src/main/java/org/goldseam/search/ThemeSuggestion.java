package org.goldseam.search;

/**
 * A theme the note text seems to describe and the note does not have yet, offered for one click.
 *
 * @param phrase the lexicon phrase that matched
 * @param start  where the matching words start in the note text (for highlighting)
 * @param end    where they end (exclusive)
 */
public record ThemeSuggestion(long entryId, String key, String label, String phrase, int start, int end) {
}
