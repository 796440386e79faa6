package org.goldseam.search.text;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Cuts a passage around the first match in a text: the sentence it sits in, trimmed to a readable length. */
final class Snippets {
    static final int BEFORE = 70;
    static final int AFTER = 150;

    private Snippets() {
    }

    /** A snippet of {@code text} around its matches, or null when the query does not occur in it. */
    static @Nullable Snippet of(TextSource source, String text, TextQuery query) {
        // only the highlights a passage can hold: it ends at most AFTER characters past the first (+1 for a surrogate)
        return around(source, text, query.findAround(text, AFTER + 1));
    }

    /** The snippet around the first of {@code matches} (all of {@code text}'s matches, or at least those near the first). */
    static @Nullable Snippet around(TextSource source, String text, List<Highlight> matches) {
        if (matches.isEmpty()) {
            return null;
        }
        Highlight first = matches.get(0);
        int start = sentenceStart(text, first.start());
        int end = sentenceEnd(text, first.end());
        // whitespace trimmed so the passage starts and ends on words
        while (start < first.start() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > first.end() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // never cut a character outside the Basic Multilingual Plane in half
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        // an ellipsis only where the passage cuts into a sentence
        String lead = start > 0 && !isBreak(text.charAt(start - 1)) && !isBreak(lastNonSpaceBefore(text, start)) ? "…" : "";
        String tail = end < text.length() && !isBreak(text.charAt(end - 1)) && !isBreak(text.charAt(end)) ? "…" : "";
        String passage = lead + text.substring(start, end).replaceAll("\\s", " ") + tail;
        List<Highlight> inside = new ArrayList<>();
        for (Highlight h : matches) {
            if (h.start() >= start && h.end() <= end) {
                inside.add(new Highlight(h.start() - start + lead.length(), h.end() - start + lead.length()));
            }
        }
        return new Snippet(source, passage, inside);
    }

    private static boolean isBreak(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\u3002';
    }

    private static char lastNonSpaceBefore(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return '.';
    }

    private static int sentenceStart(String text, int from) {
        int limit = Math.max(0, from - BEFORE);
        for (int i = from - 1; i >= limit; i--) {
            if (isBreak(text.charAt(i))) {
                return i + 1;
            }
        }
        // no sentence break near: start at a word boundary within reach
        if (limit == 0) {
            return 0;
        }
        int space = text.indexOf(' ', limit);
        return space < 0 || space >= from ? limit : space + 1;
    }

    private static int sentenceEnd(String text, int from) {
        int limit = Math.min(text.length(), from + AFTER);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (isBreak(c)) {
                return c == '\n' ? i : i + 1;
            }
        }
        if (limit == text.length()) {
            return limit;
        }
        int space = text.lastIndexOf(' ', limit);
        return space <= from ? limit : space;
    }
}
