package org.goldseam.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldseam.db.Tables.THEME_OBSERVATION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.goldseam.framework.persistence.wiring.FrameworkWiring;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.jooq.Record2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code goldseam demo}: deterministic, and a caseload that exercises the whole framework. */
class DemoCommandTest {
    private static final String[] DEMO = {"--clients", "30", "--sessions", "24", "--seed", "11", "--as-of", "2026-11-20"};

    @TempDir
    static Path dir;
    static Path first;
    static Path pass;

    @BeforeAll
    static void writeOneDemo() throws Exception {
        pass = CliRun.defaultPassphraseFile(dir);
        first = dir.resolve("first");
        CliRun run = demo(first);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote 30 invented clients with 24 sessions each");
    }

    private static CliRun demo(Path folder) {
        List<String> args = new ArrayList<>(List.of("demo", "--data-dir", folder.toString(), "--passphrase-file", pass.toString()));
        args.addAll(List.of(DEMO));
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void theSameSeedGivesIdenticalClientLists() {
        Path second = dir.resolve("second");
        assertThat(demo(second).exitCode()).isZero();

        CliRun a = CliRun.run("clients", "--format", "json", "--data-dir", first.toString(), "--passphrase-file", pass.toString());
        CliRun b = CliRun.run("clients", "--format", "json", "--data-dir", second.toString(), "--passphrase-file", pass.toString());
        assertThat(a.exitCode()).isZero();
        assertThat(a.out()).isEqualTo(b.out()).contains("Zoë Łukasz-Ørsted");
    }

    @Test
    void aDifferentSeedGivesADifferentCaseload() {
        Path other = dir.resolve("other");
        List<String> args = new ArrayList<>(List.of("demo", "--data-dir", other.toString(), "--passphrase-file", pass.toString()));
        args.addAll(List.of("--clients", "30", "--sessions", "24", "--seed", "12", "--as-of", "2026-11-20"));
        assertThat(CliRun.run(args.toArray(String[]::new)).exitCode()).isZero();
        CliRun a = CliRun.run("clients", "--format", "json", "--data-dir", first.toString(), "--passphrase-file", pass.toString());
        CliRun b = CliRun.run("clients", "--format", "json", "--data-dir", other.toString(), "--passphrase-file", pass.toString());
        assertThat(a.out()).isNotEqualTo(b.out());
    }

    @Test
    void theDemoRefusesAVaultThatAlreadyHasClients() {
        CliRun again = demo(first);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already has clients");
    }

    @Test
    void theClientListHasNoSessionAfterTheReferenceDateAndNonLatinNames() throws Exception {
        CliRun run = CliRun.run("clients", "--format", "json", "--data-dir", first.toString(), "--passphrase-file", pass.toString());
        JsonNode clients = new ObjectMapper().readTree(run.out());
        assertThat(clients).hasSize(30);
        Set<String> statuses = new HashSet<>();
        boolean cjk = false;
        for (JsonNode client : clients) {
            statuses.add(client.get("status").asText());
            assertThat(client.get("last_session").asText()).isLessThanOrEqualTo("2026-11-20");
            cjk |= client.get("name").asText().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        }
        assertThat(statuses).contains("active", "paused", "discharged");
        assertThat(cjk).as("a client with a name in Chinese characters").isTrue();
    }

    @Test
    void theCaseloadUsesEveryCategoryHasRisingAndFallingThemesAndRiskFlags() {
        try (Vault vault = TestVaults.open(first)) {
            ClinicalFramework framework = FrameworkWiring.of(vault, TestVaults.CLOCK);
            Set<Category> used = new HashSet<>();
            for (TaxonomyEntry entry : framework.taxonomy().all()) {
                if (entry.useCount() > 0) {
                    used.add(entry.category());
                }
            }
            assertThat(used).containsExactlyInAnyOrder(Category.values());

            int rising = 0;
            int falling = 0;
            int flagged = 0;
            boolean openAmongTwelve = false;
            boolean resolvedAmongTwelve = false;
            var dsl = vault.database().dsl();
            for (long client = 1; client <= 30; client++) {
                var series = dsl.select(THEME_OBSERVATION.ENTRY_ID, THEME_OBSERVATION.INTENSITY).from(THEME_OBSERVATION)
                        .where(THEME_OBSERVATION.CLIENT_ID.eq(client))
                        .orderBy(THEME_OBSERVATION.SESSION_STARTS_AT).fetch();
                var byEntry = series.intoGroups(THEME_OBSERVATION.ENTRY_ID);
                for (var entry : byEntry.values()) {
                    if (entry.size() < 8) {
                        continue;
                    }
                    int start = entry.get(0).get(THEME_OBSERVATION.INTENSITY) + entry.get(1).get(THEME_OBSERVATION.INTENSITY);
                    int end = entry.get(entry.size() - 1).get(THEME_OBSERVATION.INTENSITY)
                            + entry.get(entry.size() - 2).get(THEME_OBSERVATION.INTENSITY);
                    rising += end - start >= 6 ? 1 : 0;
                    falling += start - end >= 6 ? 1 : 0;
                }
                flagged += framework.risk().openFlags(client).isEmpty() ? 0 : 1;
                if (client <= 12) { // a client's plan does not depend on the caseload's size: these are the default demo
                    var history = framework.risk().history(client);
                    openAmongTwelve |= history.stream().anyMatch(f -> f.open());
                    resolvedAmongTwelve |= history.stream().anyMatch(f -> !f.open());
                }
            }
            assertThat(openAmongTwelve).as("an open flag in the default twelve clients").isTrue();
            assertThat(resolvedAmongTwelve).as("a reviewed flag in the default twelve clients").isTrue();
            assertThat(rising).as("themes whose intensity rises").isPositive();
            assertThat(falling).as("themes whose intensity falls").isPositive();
            assertThat(flagged).as("clients with an open PHQ-9 item-9 flag").isPositive();
        }
    }

    @Test
    void taxonomyJsonListsEveryEntryWithItsKey() throws Exception {
        CliRun run = CliRun.run("taxonomy", "--format", "json", "--data-dir", first.toString(), "--passphrase-file", pass.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode entries = new ObjectMapper().readTree(run.out());
        Set<String> keys = new HashSet<>();
        entries.forEach(e -> keys.add(e.get("key").asText()));
        assertThat(keys).hasSizeGreaterThanOrEqualTo(58)
                .contains("defense.people_pleasing", "core_belief.fraud", "trigger.reaching_a_goal", "strength.naming_shame");
        assertThat(entries.get(0).get("use_count").isNumber()).isTrue();
    }
}
