package org.goldseam.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.goldseam.clients.ClientStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParserTest {
    private static SearchQuery ok(String text) {
        ParseResult result = QueryParser.parse(text);
        assertThat(result.error()).as(text).isNull();
        return result.query();
    }

    @Test
    void theIssueExampleReadsAsIntended() {
        SearchQuery q = ok("theme:core_belief.fraud min:3 last:5 \"not enough\" status:active");
        assertThat(q.themes()).containsExactly("core_belief.fraud");
        assertThat(q.mode()).isEqualTo(ThemeMode.ANY);
        assertThat(q.minSessions()).isEqualTo(3);
        assertThat(q.lastSessions()).isEqualTo(5);
        assertThat(q.statuses()).containsExactly(ClientStatus.ACTIVE);
        assertThat(q.terms()).containsExactly(TextTerm.phrase("not enough"));
    }

    @Test
    void everyFilterAndTextKind() {
        SearchQuery q = ok("all:defense.control,core_belief.fraud from:2026-01-01 to:2026-06-30 intensity:6 "
                + "trend:rising status:paused,active exam* perfectionism 10:30 Zoë");
        assertThat(q.themes()).containsExactly("defense.control", "core_belief.fraud");
        assertThat(q.mode()).isEqualTo(ThemeMode.ALL);
        assertThat(q.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q.to()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(q.minIntensity()).isEqualTo(6);
        assertThat(q.trend()).isEqualTo(TrendFilter.RISING);
        assertThat(q.statuses()).containsExactly(ClientStatus.ACTIVE, ClientStatus.PAUSED);
        assertThat(q.terms()).containsExactly(TextTerm.prefix("exam"), TextTerm.word("perfectionism"),
                TextTerm.word("10:30"), TextTerm.word("Zoë"));
    }

    @Test
    void themesAccumulateAndModeCanBeSetSeparately() {
        SearchQuery q = ok("THEME:Defense.Control theme:cost.anxiety mode:all");
        assertThat(q.themes()).containsExactly("defense.control", "cost.anxiety");
        assertThat(q.mode()).isEqualTo(ThemeMode.ALL);
    }

    @Test
    void theCanonicalTextReadsBackToTheSameQuery() {
        SearchQuery q = ok("\"never  good enough\" status:discharged all:a.b,c.d last:4 min:2 from:2026-02-01 trend:falling x*");
        assertThat(q.toQueryText())
                .isEqualTo("all:a.b,c.d min:2 last:4 from:2026-02-01 status:discharged trend:falling \"never good enough\" x*");
        assertThat(ok(q.toQueryText())).isEqualTo(q);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|0|The search is empty",
            "them:core_belief.fraud|0|There is no filter called them:",
            "theme:fraud|6|\"fraud\" is not a theme key",
            "theme:a.b,,c.d|10|An entry key is missing here",
            "theme:a.b min:0|14|min: takes a whole number from 1 to 1000",
            "theme:a.b last:many|15|last: takes a whole number",
            "theme:a.b intensity:11|20|intensity: takes a whole number from 0 to 10",
            "theme:a.b from:2026-13-01|15|from: needs a date",
            "theme:a.b from:2026-03-01 to:2026-02-01|26|to: (2026-02-01) is before from: (2026-03-01)",
            "theme:a.b trend:up|16|trend: is rising, falling or any",
            "theme:a.b status:gone|17|status: is active, paused or discharged",
            "theme:a.b \"not enough|10|never closed",
            "exam \"\"|5|The quotes are empty",
            "ex*am|2|A * can only end a word",
            "*|0|A * on its own",
            "min:3 exam|0|min: describes how themes recur",
            "exam trend:rising|5|trend: describes how themes recur",
            "any:a.b all:c.d|8|use one of any: and all:",
            "mode:all exam|0|need themes",
            "theme:a.b min:2 min:3|16|min: is given twice",
            ":exam|0|A colon must follow a filter name",
            "theme:|6|theme: needs a value"})
    void malformedQueriesSayWhatAndWhere(String text, int position, String message) {
        ParseResult result = QueryParser.parse(text);
        assertThat(result.ok()).as(text).isFalse();
        assertThat(result.error().position()).as(text).isEqualTo(position);
        assertThat(result.error().message()).as(text).contains(message);
    }

    @Test
    void theDescriptionPointsAtTheProblem() {
        String text = "theme:a.b min:zero";
        assertThat(QueryParser.parse(text).error().describe(text))
                .endsWith("\n  theme:a.b min:zero\n                ^");
    }

    @Test
    void wordsAloneAreAQuery() {
        assertThat(ok("perfectionism").terms()).isEqualTo(List.of(TextTerm.word("perfectionism")));
    }
}
