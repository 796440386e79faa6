package org.goldseam.search.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Splits text into {@link Token}s with both analyzers, for highlighting and lexicon matching. */
public final class Tokens {
    /** Static, so they must keep no note text between uses (they outlive every vault session). */
    private static final Analyzer STEMMED = NoteAnalyzer.stemmedKeepingNothing();
    private static final Analyzer EXACT = NoteAnalyzer.exactKeepingNothing();

    private Tokens() {
    }

    /** The tokens of {@code text} in order. Both analyzers differ only in their last, one-to-one filters. */
    public static List<Token> of(String text) {
        List<Raw> stems = run(STEMMED, text);
        List<Raw> exact = run(EXACT, text);
        List<Token> tokens = new ArrayList<>(stems.size());
        for (int i = 0; i < stems.size(); i++) {
            Raw s = stems.get(i);
            String whole = i < exact.size() ? exact.get(i).term() : s.term();
            tokens.add(new Token(s.term(), whole, s.start(), s.end()));
        }
        return tokens;
    }

    /** The same tokens as {@link #of}, read only as far as the caller asks. */
    static TokenCursor cursor(String text) {
        return new TokenCursor(STEMMED, EXACT, text);
    }

    /** The stemmed terms of {@code text}: what a word or phrase of a query must match. */
    public static List<String> stems(String text) {
        return run(STEMMED, text).stream().map(Raw::term).toList();
    }

    /** The exact terms of {@code text}. */
    public static List<String> exact(String text) {
        return run(EXACT, text).stream().map(Raw::term).toList();
    }

    /** {@code prefix} lower-cased and folded like indexed words, without splitting or stemming it. */
    public static String normalizedPrefix(String prefix) {
        return EXACT.normalize("exact", prefix).utf8ToString();
    }

    private record Raw(String term, int start, int end) {
    }

    private static List<Raw> run(Analyzer analyzer, String text) {
        List<Raw> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(new Raw(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            // analysis reads a String in memory; an IOException here would be a Lucene bug
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
