package org.goldseam.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.goldseam.app.services.VaultServices;
import org.goldseam.clients.ClientDetails;
import org.goldseam.framework.persistence.TaxonomyRepository;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.ThemeObservation;
import org.goldseam.search.ClientMatch;
import org.goldseam.search.SearchOutcome;
import org.goldseam.summary.persistence.SummaryRepository;
import org.goldseam.summary.render.SummaryPdf;
import org.goldseam.testing.NoteSamples;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search and the summary name the trend of the same series with the same word: one rule, over the
 * same attended sessions. Before, the search called a slope of more than 0.1 per session rising (so
 * 5, 5, 6 was "rising") and the summary wanted a change of 1.5 points (so it was "steady"); two
 * sessions were a trend to the search and too few to the summary.
 */
class TrendAgreementTest {
    private static final OffsetDateTime FIRST = OffsetDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final SummaryPeriod PERIOD = new SummaryPeriod(FIRST.toLocalDate(), FIRST.toLocalDate().plusWeeks(20));

    @TempDir
    Path dir;
    private Vault vault;
    private VaultServices services;
    private TaxonomyRepository taxonomy;

    @BeforeEach
    void open() {
        vault = TestVaults.create(dir.resolve("vault"));
        services = VaultServices.of(vault, TestVaults.CLOCK);
        taxonomy = new TaxonomyRepository(vault.database().dsl());
    }

    @AfterEach
    void close() {
        services.search().close();
        vault.close();
    }

    /** A client whose attended sessions show {@code key} at these intensities, one a week. */
    private long clientWith(String name, String key, int... intensities) {
        long entry = taxonomy.byKey(key).orElseThrow().id();
        long client = services.clients().create("test", ClientDetails.of(name, FIRST.toLocalDate()));
        for (int week = 0; week < intensities.length; week++) {
            NoteContent base = NoteSamples.dap(FIRST.plusWeeks(week), Attendance.ATTENDED);
            services.notes().create("test", client, new NoteContent(base.startsAt(), base.durationMinutes(), base.type(),
                    base.modality(), base.attendance(), base.format(), base.summaryLine(), base.sections(), null,
                    List.of(new ThemeObservation(entry, intensities[week], null, null)), List.of(), List.of()));
        }
        return client;
    }

    private String searchTrend(long client, String key) {
        SearchOutcome outcome = services.search().search("theme:" + key, false);
        assertThat(outcome).isInstanceOf(SearchOutcome.Found.class);
        ClientMatch match = ((SearchOutcome.Found) outcome).result().clients().stream()
                .filter(m -> m.clientId() == client).findFirst().orElseThrow();
        return String.valueOf(match.trend()).toLowerCase(Locale.ROOT);
    }

    private String summaryTrend(long client, long entryId) {
        SummaryService summaries = new SummaryService(SummaryRepository.of(vault, TestVaults.CLOCK), TestVaults.CLOCK,
                SummaryPdf.RENDERER);
        SummaryDocument summary = summaries.assemble(client, PERIOD, SummaryOptions.defaults());
        return summary.themes().stream().filter(t -> t.entryId() == entryId).findFirst().map(t -> String.valueOf(t.trend()))
                .orElseThrow().toLowerCase(Locale.ROOT);
    }

    @Test
    void aSmallRiseOverThreeSessionsIsSteadyInBoth() {
        long client = clientWith("Ada Small", "cost.anger_at_self", 5, 5, 6);
        long entry = taxonomy.byKey("cost.anger_at_self").orElseThrow().id();
        assertThat(searchTrend(client, "cost.anger_at_self")).isEqualTo(summaryTrend(client, entry)).isEqualTo("steady");
    }

    @Test
    void twoSessionsAreTooFewInBoth() {
        long client = clientWith("Bo Two", "core_belief.fraud", 3, 8);
        long entry = taxonomy.byKey("core_belief.fraud").orElseThrow().id();
        assertThat(searchTrend(client, "core_belief.fraud")).isEqualTo(summaryTrend(client, entry));
    }

    @Test
    void aClearRiseIsRisingInBoth() {
        long client = clientWith("Cy Clear", "strength.healthy_striving", 2, 3, 3, 4, 5, 5, 6);
        long entry = taxonomy.byKey("strength.healthy_striving").orElseThrow().id();
        assertThat(searchTrend(client, "strength.healthy_striving")).isEqualTo(summaryTrend(client, entry)).isEqualTo("rising");
    }
}
