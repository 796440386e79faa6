package org.goldseam.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.goldseam.search.SearchOutcome;
import org.goldseam.search.SearchService;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code goldseam search} on a demo vault: the same records as the app's search service, and clear errors. */
class SearchCommandTest {
    @TempDir
    static Path dir;
    static Path vault;
    static Path pass;

    @BeforeAll
    static void demo() throws Exception {
        pass = CliRun.defaultPassphraseFile(dir);
        vault = dir.resolve("demo");
        CliRun run = CliRun.run("demo", "--data-dir", vault.toString(), "--passphrase-file", pass.toString(),
                "--clients", "20", "--sessions", "30", "--seed", "5", "--as-of", "2026-11-20");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static CliRun search(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "search";
        all[1] = "--data-dir";
        all[2] = vault.toString();
        all[3] = "--passphrase-file";
        all[4] = pass.toString();
        System.arraycopy(args, 0, all, 5, args.length);
        return CliRun.run(all);
    }

    /** The service's result for the same query on the same vault, written by the same JSON writer and read back. */
    private static JsonNode serviceJson(String query, boolean includePrivate) throws Exception {
        try (Vault open = TestVaults.open(vault); SearchService service = SearchService.open(open, TestVaults.CLOCK)) {
            service.buildIndex(status -> { });
            SearchOutcome outcome = service.search(query, includePrivate);
            assertThat(outcome).isInstanceOf(SearchOutcome.Found.class);
            return SearchJson.mapper().readTree(SearchJson.write(((SearchOutcome.Found) outcome).result()));
        }
    }

    @Test
    void jsonIsWhatTheServiceReturns() throws Exception {
        for (String query : new String[] {"theme:core_belief.fraud min:3 last:5", "fraud* status:active",
                "any:core_belief.not_enough,defense.control min:2 \"never enough\""}) {
            CliRun run = search("--format", "json", query);
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode printed = SearchJson.mapper().readTree(run.out());
            assertThat(printed).as(query).isEqualTo(serviceJson(query, false));
            assertThat(printed.get("clients").size()).as(query).isPositive();
        }
    }

    @Test
    void theQueryMayBeSplitOverSeveralArguments() {
        CliRun joined = search("--format", "json", "theme:core_belief.fraud min:3 last:5");
        CliRun split = search("--format", "json", "theme:core_belief.fraud", "min:3", "last:5");
        assertThat(split.out()).isEqualTo(joined.out());
    }

    @Test
    void aTableAndCsvForPeopleAndSpreadsheets() {
        CliRun table = search("theme:core_belief.fraud", "min:3");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).startsWith("CLIENT ID").contains("SPARKLINE").contains("core_belief.fraud ");
        CliRun csv = search("--format", "csv", "fraud");
        assertThat(csv.out()).startsWith("client_id,client,status,sessions,themes,first,last,mean_intensity,trend,trend_meaning,sparkline,passage")
                .contains("[fraud]");
    }

    @Test
    void privateNotesStayOutUnlessAskedFor() throws Exception {
        // the demo writes countertransference reflections into psychotherapy notes only
        CliRun without = search("--format", "json", "countertransference");
        assertThat(SearchJson.mapper().readTree(without.out()).get("clients").size()).isZero();
        CliRun with = search("--format", "json", "--include-private", "countertransference");
        JsonNode found = SearchJson.mapper().readTree(with.out());
        assertThat(found.get("clients").size()).isPositive();
        assertThat(found).isEqualTo(serviceJson("countertransference", true));
        assertThat(with.out()).contains("\"source\" : \"private\"");
    }

    @Test
    void aMalformedQueryIsExplainedWithoutOpeningTheVault() {
        CliRun run = CliRun.run("search", "--data-dir", dir.resolve("nowhere").toString(), "theme:core_belief.fraud min:lots");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("min: takes a whole number from 1 to 1000").contains("^").doesNotContain("Exception");
    }

    @Test
    void anUnknownThemeSuggestsTheNearestKey() {
        CliRun run = search("theme:core_belief.frawd");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("There is no theme core_belief.frawd").contains("Did you mean core_belief.fraud?");
    }
}
