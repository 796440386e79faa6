package org.goldseam.search.text;

/** A matched stretch of a snippet's text: {@code start} inclusive, {@code end} exclusive. */
public record Highlight(int start, int end) {
    public Highlight {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad highlight " + start + ".." + end);
        }
    }
}
