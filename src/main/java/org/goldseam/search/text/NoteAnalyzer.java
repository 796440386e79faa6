package org.goldseam.search.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.jspecify.annotations.Nullable;

/**
 * How note text becomes search terms. The Unicode word rules of {@link StandardTokenizer} split
 * every script: Chinese and Japanese ideographs become one term per character (a multi-character
 * word is then searched as a phrase of characters), Korean, Greek, Cyrillic and the rest become
 * words. Then: full- and half-width forms folded, lower case, contractions spelled out, possessives
 * dropped, accents folded ("naïve" finds "naive"). The {@link #stemmed()} variant adds English
 * stemming (Porter, with "-ist" brought to "-ism"); the exact variant keeps words whole, for
 * prefixes ("perfectionis*") that a stem would have cut short.
 *
 * <p>No stop words: "not" in "not enough" is the heart of the phrase.
 */
public final class NoteAnalyzer extends Analyzer {
    private final boolean stem;

    /**
     * Builds the tokenizer and filters anew for every text and keeps none of them. Lucene's default
     * keeps one set per thread for as long as the analyzer lives, and the tokenizer's buffer still
     * holds the last text it read: an analyzer kept in a static field would so keep note text in
     * memory after the vault locks.
     */
    private static final ReuseStrategy NO_REUSE = new ReuseStrategy() {
        @Override
        public @Nullable TokenStreamComponents getReusableComponents(Analyzer analyzer, String fieldName) {
            return null;
        }

        @Override
        public void setReusableComponents(Analyzer analyzer, String fieldName, TokenStreamComponents components) {
            // kept nowhere
        }
    };

    private NoteAnalyzer(boolean stem, boolean reuse) {
        super(reuse ? GLOBAL_REUSE_STRATEGY : NO_REUSE);
        this.stem = stem;
    }

    /** For an index: reuses its tokenizer per thread while the index is open. */
    public static NoteAnalyzer stemmed() {
        return new NoteAnalyzer(true, true);
    }

    /** For an index: reuses its tokenizer per thread while the index is open. */
    public static NoteAnalyzer exact() {
        return new NoteAnalyzer(false, true);
    }

    /** For an analyzer that outlives a vault session: keeps no text between uses. */
    public static NoteAnalyzer stemmedKeepingNothing() {
        return new NoteAnalyzer(true, false);
    }

    /** For an analyzer that outlives a vault session: keeps no text between uses. */
    public static NoteAnalyzer exactKeepingNothing() {
        return new NoteAnalyzer(false, false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ContractionFilter(stream);
        stream = new EnglishPossessiveFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (stem) {
            stream = new IstIsmFilter(stream);
            stream = new PorterStemFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    /** Keeps a phrase from matching across two sections or two addenda of the same note. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
    }
}
