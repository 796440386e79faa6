package org.goldseam.search.text;

/**
 * One word of a text as search sees it.
 *
 * @param stem  the stemmed term ("perfection" for "perfectionists")
 * @param exact the whole word, lower-cased and folded ("perfectionists")
 * @param start offset of the written word in the text (inclusive)
 * @param end   offset after it (exclusive)
 */
public record Token(String stem, String exact, int start, int end) {
}
