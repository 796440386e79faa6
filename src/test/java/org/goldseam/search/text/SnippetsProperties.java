package org.goldseam.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.goldseam.search.query.TextTerm;

/**
 * Snippets analyse a text only as far as the passage around its first match reaches; the passage
 * and its highlights are exactly those made from every match of the whole text.
 */
class SnippetsProperties {
    private static final List<String> WORDS = List.of("she", "found", "out", "finds", "exam", "examiner's", "exams",
            "careless", "carelessness", "I'm", "never", "good", "enough", "perfectionist", "perfectionism", "来访者",
            "完美主义", "Стыд", "ÉCOLE", "ecole", "\uD835\uDC00bc", "-", "--");
    private static final List<String> BREAKS = List.of(" ", " ", " ", " ", ". ", "! ", "\n", ", ", "。", "  ");

    @Property(tries = 400)
    void readingUpToThePassageGivesTheSameSnippet(@ForAll("texts") String text, @ForAll("queries") List<TextTerm> terms) {
        TextQuery query = TextQuery.compile(terms);
        Snippet whole = Snippets.around(TextSource.NOTE, text, query.find(text));
        Snippet near = Snippets.of(TextSource.NOTE, text, query);
        assertThat(near).isEqualTo(whole);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> gap = Arbitraries.of(BREAKS);
        return Arbitraries.lazy(() -> word.list().ofMinSize(0).ofMaxSize(400).flatMap(words -> gap.list()
                .ofSize(words.size()).map(gaps -> {
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        out.append(words.get(i)).append(gaps.get(i));
                    }
                    return out.toString();
                })));
    }

    @Provide
    Arbitrary<List<TextTerm>> queries() {
        Arbitrary<TextTerm> term = Arbitraries.oneOf(
                Arbitraries.of("exam", "careless", "found", "good", "perfectionism", "ecole", "完美", "стыд", "i am")
                        .map(TextTerm::word),
                Arbitraries.of("found out", "never good enough", "I am", "good enough", "she finds")
                        .map(TextTerm::phrase),
                Arbitraries.of("exam", "car", "perf", "e", "来").map(TextTerm::prefix));
        return term.list().ofMinSize(1).ofMaxSize(3);
    }
}
