package org.goldseam.search.text;

import java.util.List;
import java.util.Objects;

/**
 * A short passage around matched words, with the matches marked as ranges of {@link #text()} so
 * that the app can render them in bold and the command line in brackets.
 */
public record Snippet(TextSource source, String text, List<Highlight> highlights) {
    public Snippet {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        highlights = List.copyOf(highlights);
    }

    /** The text with every highlight wrapped in {@code open} and {@code close}. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Highlight h : highlights) {
            out.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
            at = h.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
