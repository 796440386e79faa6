package org.goldseam.search.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The {@link Token}s of a text read as they are needed, both analyzers in step: the same tokens as
 * {@link Tokens#of}, but a caller that has found what it needs stops analysing the rest of the
 * text. Read tokens stay available by index. Not thread-safe; close it.
 */
final class TokenCursor implements AutoCloseable {
    private final TokenStream stemmed;
    private final TokenStream exact;
    private final CharTermAttribute stemTerm;
    private final OffsetAttribute stemOffset;
    private final CharTermAttribute exactTerm;
    private final List<Token> read = new ArrayList<>();
    private boolean stemsLeft = true;
    private boolean exactLeft = true;

    TokenCursor(Analyzer stemmedAnalyzer, Analyzer exactAnalyzer, String text) {
        stemmed = stemmedAnalyzer.tokenStream("text", text);
        exact = exactAnalyzer.tokenStream("text", text);
        stemTerm = stemmed.addAttribute(CharTermAttribute.class);
        stemOffset = stemmed.addAttribute(OffsetAttribute.class);
        exactTerm = exact.addAttribute(CharTermAttribute.class);
        try {
            stemmed.reset();
            exact.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether token {@code i} exists, reading up to it if need be. */
    boolean has(int i) {
        try {
            while (read.size() <= i && stemsLeft) {
                stemsLeft = stemmed.incrementToken();
                if (!stemsLeft) {
                    break;
                }
                exactLeft = exactLeft && exact.incrementToken();
                String stem = stemTerm.toString();
                read.add(new Token(stem, exactLeft ? exactTerm.toString() : stem, stemOffset.startOffset(),
                        stemOffset.endOffset()));
            }
        } catch (IOException e) {
            // analysis reads a String in memory; an IOException here would be a Lucene bug
            throw new UncheckedIOException(e);
        }
        return i < read.size();
    }

    Token get(int i) {
        if (!has(i)) {
            throw new IndexOutOfBoundsException(i);
        }
        return read.get(i);
    }

    @Override
    public void close() {
        try (stemmed; exact) {
            stemmed.end();
            exact.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
