package org.goldseam.search.query;

import java.util.Objects;

/**
 * One piece of text a query looks for: a word (matched with its other forms: "perfectionist" finds
 * "perfectionism"), the start of a word ({@code exam*}), or an exact phrase in quotes.
 */
public record TextTerm(Kind kind, String text) {
    public enum Kind { WORD, PREFIX, PHRASE }

    public TextTerm {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a text term cannot be blank");
        }
    }

    public static TextTerm word(String text) {
        return new TextTerm(Kind.WORD, text);
    }

    public static TextTerm prefix(String text) {
        return new TextTerm(Kind.PREFIX, text);
    }

    public static TextTerm phrase(String text) {
        return new TextTerm(Kind.PHRASE, text);
    }

    /** As written in the query language. */
    public String toQueryText() {
        return switch (kind) {
            case WORD -> text;
            case PREFIX -> text + "*";
            case PHRASE -> "\"" + text + "\"";
        };
    }
}
