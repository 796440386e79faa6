package org.goldseam.search;

import org.goldseam.search.model.LexiconEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.goldseam.search.text.Token;
import org.goldseam.search.text.Tokens;

/**
 * Suggests taxonomy entries for a note as it is written, by finding the entries' lexicon phrases in
 * the text with the same analysis as search (stemmed, contractions spelled out). Nothing is tagged
 * here: the editor shows the suggestions and the clinician clicks the ones that fit.
 *
 * <p>Precision comes first; a wrong suggestion costs the clinician's attention. So a phrase is not
 * suggested when a negation ("not", "no", "never", "without"…) stands up to three words before it in
 * the same clause ("did not feel anxious"), and a one-word phrase must match the word itself or its
 * plural, not just its stem ("presentation" is not suggested by "she presented well").
 */
public final class ThemeSuggester {
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "without", "nor", "hardly", "barely", "neither");
    private static final int NEGATION_REACH = 3;
    private static final String CLAUSE_BREAKS = ".!?;:,\n";

    private record Phrase(LexiconEntry entry, String text, List<Token> tokens) {
    }

    private final Map<String, List<Phrase>> byFirstStem = new HashMap<>();

    public ThemeSuggester(List<LexiconEntry> entries) {
        for (LexiconEntry entry : entries) {
            for (String phrase : entry.phrases()) {
                List<Token> tokens = Tokens.of(phrase);
                if (!tokens.isEmpty()) {
                    byFirstStem.computeIfAbsent(tokens.get(0).stem(), k -> new ArrayList<>())
                            .add(new Phrase(entry, phrase, tokens));
                }
            }
        }
    }

    /** Entries whose phrases occur in {@code text}, minus {@code alreadyTagged} entry ids, in order of first mention. */
    public List<ThemeSuggestion> suggest(String text, Set<Long> alreadyTagged) {
        Objects.requireNonNull(alreadyTagged, "alreadyTagged");
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Token> tokens = Tokens.of(text);
        Map<Long, ThemeSuggestion> found = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Phrase phrase : byFirstStem.getOrDefault(tokens.get(i).stem(), List.of())) {
                long id = phrase.entry().entryId();
                if (found.containsKey(id) || alreadyTagged.contains(id) || !matches(phrase, tokens, i)
                        || negated(text, tokens, i)) {
                    continue;
                }
                Token last = tokens.get(i + phrase.tokens().size() - 1);
                found.put(id, new ThemeSuggestion(id, phrase.entry().key(), phrase.entry().label(), phrase.text(),
                        tokens.get(i).start(), last.end()));
            }
        }
        List<ThemeSuggestion> ordered = new ArrayList<>(found.values());
        ordered.sort(Comparator.comparingInt(ThemeSuggestion::start));
        return ordered;
    }

    private static boolean matches(Phrase phrase, List<Token> tokens, int at) {
        List<Token> wanted = phrase.tokens();
        if (at + wanted.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < wanted.size(); k++) {
            if (!tokens.get(at + k).stem().equals(wanted.get(k).stem())) {
                return false;
            }
        }
        // a single word carries no context: hold it to its own form (and plural), not its whole stem family
        return wanted.size() > 1 || singular(tokens.get(at).exact()).equals(singular(wanted.get(0).exact()));
    }

    private static boolean negated(String text, List<Token> tokens, int at) {
        int clauseStart = tokens.get(at).start();
        for (int k = at - 1; k >= 0 && k >= at - NEGATION_REACH; k--) {
            Token before = tokens.get(k);
            // the two halves of "didn't" share the word's offsets: nothing lies between them
            if (before.end() < clauseStart && containsAny(text.substring(before.end(), clauseStart))) {
                return false;
            }
            if (NEGATIONS.contains(before.exact())) {
                return true;
            }
            clauseStart = Math.min(clauseStart, before.start());
        }
        return false;
    }

    private static boolean containsAny(String between) {
        for (int i = 0; i < between.length(); i++) {
            if (CLAUSE_BREAKS.indexOf(between.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String singular(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, new EnglishMinimalStemmer().stem(chars, chars.length));
    }
}
