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

    private NoteAnalyzer(boolean stem) {
        this.stem = stem;
    }

    public static NoteAnalyzer stemmed() {
        return new NoteAnalyzer(true);
    }

    public static NoteAnalyzer exact() {
        return new NoteAnalyzer(false);
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
