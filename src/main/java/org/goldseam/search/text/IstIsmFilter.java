package org.goldseam.search.text;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Brings "-ist", "-ists" and "-istic" words to their "-ism" form before Porter stemming, which
 * leaves "perfectionist" alone but turns "perfectionism" into "perfection": without this a search
 * for one would miss the other. Short stems ("artist") and verbs ending in "-ist" ("persist") keep
 * their form.
 */
final class IstIsmFilter extends TokenFilter {
    private static final String[] SUFFIXES = {"istically", "istic", "ists", "ist"};
    private static final int MIN_STEM = 4;
    private static final Set<String> VERBS = Set.of("persist", "consist", "subsist", "insist", "resist", "assist",
            "exist", "desist", "enlist", "twist", "coexist", "preexist");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    IstIsmFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String rewritten = rewrite(term.toString());
            if (rewritten != null) {
                term.setEmpty().append(rewritten);
            }
        }
        return true;
    }

    static @Nullable String rewrite(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix)) {
                String stem = word.substring(0, word.length() - suffix.length());
                if (stem.length() < MIN_STEM || VERBS.contains(stem + "ist")) {
                    return null;
                }
                return stem + "ism";
            }
        }
        return null;
    }
}
