package org.goldseam.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever is typed into the search box, the parser answers with a query or with a clear error
 * (a message and a position inside the text); it never throws. Queries it accepts survive a round
 * trip through their canonical text, which keeps the search box and the structured form in step.
 */
class QueryParserProperties {
    private static final String[] FRAGMENTS = {
            "theme:", "any:", "all:", "mode:", "min:", "last:", "from:", "to:", "intensity:", "status:", "trend:",
            "core_belief.fraud", "defense.control", "a.b", ",", ":", "\"", "*", " ", "  ", "3", "0", "11", "1000",
            "99999999999", "-1", "2026-01-01", "2026-02-30", "rising", "falling", "any", "all", "active", "paused",
            "discharged", "exam", "完美", "Ψ", "\u00a0", "\t", "\n", "not enough", "I'm", "don’t", "x", "🙂", "\\", "'"};

    @Property(tries = 3000)
    void randomTextGivesAQueryOrAClearError(@ForAll String text) {
        check(text);
    }

    @Property(tries = 5000)
    void queryLikeTextGivesAQueryOrAClearError(@ForAll("queryish") String text) {
        check(text);
    }

    @Provide
    Arbitrary<String> queryish() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(0).ofMaxSize(14).map(parts -> String.join("", parts));
    }

    private static void check(String text) {
        ParseResult result = QueryParser.parse(text);
        if (result.ok()) {
            SearchQuery again = QueryParser.parse(result.query().toQueryText()).query();
            assertThat(again).as("round trip of %s", text).isEqualTo(result.query());
        } else {
            assertThat(result.error().message()).isNotBlank();
            assertThat(result.error().position()).isBetween(0, text == null ? 0 : text.length());
            assertThat(result.error().describe(text == null ? "" : text)).contains("^");
        }
    }
}
