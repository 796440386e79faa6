package org.goldseam.search.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.goldseam.search.query.TextTerm;
import org.jspecify.annotations.Nullable;

/**
 * The words of a search, analysed once: as a Lucene query (every term must occur somewhere in the
 * note) and as a matcher that finds the same words in a text for highlighting. A word that analyses
 * to several terms ("don't", or a Chinese word of several characters) is searched as a phrase; a
 * word with no letters at all ("--") is dropped.
 */
public final class TextQuery {
    private record Part(TextTerm.Kind kind, List<String> stems, @Nullable String prefix) {
    }

    private final List<Part> parts;

    private TextQuery(List<Part> parts) {
        this.parts = parts;
    }

    public static TextQuery compile(List<TextTerm> terms) {
        List<Part> parts = new ArrayList<>();
        for (TextTerm term : terms) {
            if (term.kind() == TextTerm.Kind.PREFIX) {
                String prefix = Tokens.normalizedPrefix(term.text());
                if (!prefix.isBlank()) {
                    parts.add(new Part(term.kind(), List.of(), prefix));
                }
            } else {
                List<String> stems = Tokens.stems(term.text());
                if (!stems.isEmpty()) {
                    parts.add(new Part(term.kind(), stems, null));
                }
            }
        }
        return new TextQuery(List.copyOf(parts));
    }

    /** True when no term had anything to search for. */
    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The Lucene query over the given sources: each part must match in at least one of them. */
    Query lucene(List<TextSource> sources) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Part part : parts) {
            BooleanQuery.Builder anySource = new BooleanQuery.Builder();
            for (TextSource source : sources) {
                anySource.add(sourceQuery(part, source), Occur.SHOULD);
            }
            all.add(anySource.build(), Occur.MUST);
        }
        return all.build();
    }

    private static Query sourceQuery(Part part, TextSource source) {
        if (part.prefix() != null) {
            return new PrefixQuery(new Term(source.exactField(), part.prefix()));
        }
        if (part.stems().size() == 1) {
            return new TermQuery(new Term(source.field(), part.stems().get(0)));
        }
        return new PhraseQuery(source.field(), part.stems().toArray(String[]::new));
    }

    /** Where the terms occur in {@code text}, in order of position, overlaps merged. */
    public List<Highlight> find(String text) {
        List<Token> tokens = Tokens.of(text);
        List<Highlight> found = new ArrayList<>();
        for (Part part : parts) {
            for (int i = 0; i < tokens.size(); i++) {
                int length = matchAt(part, tokens, i);
                if (length > 0) {
                    found.add(new Highlight(tokens.get(i).start(), tokens.get(i + length - 1).end()));
                }
            }
        }
        return merged(found);
    }

    private static List<Highlight> merged(List<Highlight> found) {
        found.sort(Comparator.comparingInt(Highlight::start).thenComparingInt(Highlight::end));
        List<Highlight> merged = new ArrayList<>();
        for (Highlight h : found) {
            Highlight last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && h.start() <= last.end()) {
                merged.set(merged.size() - 1, new Highlight(last.start(), Math.max(last.end(), h.end())));
            } else {
                merged.add(h);
            }
        }
        return merged;
    }

    /** How many tokens from {@code i} the part matches; 0 for none. */
    private static int matchAt(Part part, List<Token> tokens, int i) {
        if (part.prefix() != null) {
            return tokens.get(i).exact().startsWith(part.prefix()) ? 1 : 0;
        }
        List<String> stems = part.stems();
        if (i + stems.size() > tokens.size()) {
            return 0;
        }
        for (int k = 0; k < stems.size(); k++) {
            if (!tokens.get(i + k).stem().equals(stems.get(k))) {
                return 0;
            }
        }
        return stems.size();
    }

    /**
     * What {@link #find} gives for the first match (merged with those overlapping it) and for every
     * match ending at most {@code after} characters after it; matches further on may be missing.
     * Stops analysing there, and that is the point: a snippet is cut around the first match, and
     * analysing whole notes to make passages was most of a word search's time.
     */
    List<Highlight> findAround(String text, int after) {
        List<Highlight> found = new ArrayList<>();
        int firstEnd = -1;
        try (TokenCursor tokens = Tokens.cursor(text)) {
            for (int i = 0; tokens.has(i); i++) {
                if (firstEnd >= 0 && tokens.get(i).start() > firstEnd + after) {
                    break;
                }
                for (Part part : parts) {
                    int length = matchAt(part, tokens, i);
                    if (length > 0) {
                        Highlight h = new Highlight(tokens.get(i).start(), tokens.get(i + length - 1).end());
                        found.add(h);
                        // matches arrive in order of start: those starting inside the first extend it
                        if (firstEnd < 0 || h.start() <= firstEnd) {
                            firstEnd = Math.max(firstEnd, h.end());
                        }
                    }
                }
            }
        }
        return merged(found);
    }

    private static int matchAt(Part part, TokenCursor tokens, int i) {
        if (part.prefix() != null) {
            return tokens.get(i).exact().startsWith(part.prefix()) ? 1 : 0;
        }
        List<String> stems = part.stems();
        for (int k = 0; k < stems.size(); k++) {
            if (!tokens.has(i + k) || !tokens.get(i + k).stem().equals(stems.get(k))) {
                return 0;
            }
        }
        return stems.size();
    }
}
