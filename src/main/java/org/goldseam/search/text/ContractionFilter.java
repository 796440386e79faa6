package org.goldseam.search.text;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Spells English contractions out: "don't" becomes "do not", "I'm" becomes "i am", "can't" and
 * "cannot" become "can not". Clients say "I'm a fraud" and "I don't matter"; the lexicon and a
 * clinician's phrase search say "I am a fraud" and "do not matter". Both tokens keep the offsets of
 * the written word, so highlighting marks the whole contraction. Expects lower-case input.
 */
final class ContractionFilter extends TokenFilter {
    private static final Map<String, String[]> IRREGULAR = Map.of(
            "can't", new String[] {"can", "not"},
            "cannot", new String[] {"can", "not"},
            "won't", new String[] {"will", "not"},
            "shan't", new String[] {"shall", "not"},
            "ain't", new String[] {"is", "not"});
    private static final String[][] SUFFIXES = {
            {"n't", "not"}, {"'m", "am"}, {"'re", "are"}, {"'ve", "have"}, {"'ll", "will"}, {"'d", "would"}};

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private @Nullable State pendingState;
    private @Nullable String pending;

    ContractionFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pendingState);
            term.setEmpty().append(pending);
            increment.setPositionIncrement(1);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        if (word.indexOf('\u2019') >= 0) {
            // typographic apostrophes, as word processors write them
            word = word.replace('\u2019', '\'');
            term.setEmpty().append(word);
        }
        String[] parts = split(word);
        if (parts != null) {
            term.setEmpty().append(parts[0]);
            pendingState = captureState();
            pending = parts[1];
        }
        return true;
    }

    static String @Nullable [] split(String word) {
        String[] irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        for (String[] suffix : SUFFIXES) {
            if (word.endsWith(suffix[0]) && word.length() > suffix[0].length()) {
                return new String[] {word.substring(0, word.length() - suffix[0].length()), suffix[1]};
            }
        }
        return null;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        pendingState = null;
    }
}
