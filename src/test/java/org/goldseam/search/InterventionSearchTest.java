package org.goldseam.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.goldseam.app.services.VaultServices;
import org.goldseam.clients.ClientDetails;
import org.goldseam.framework.persistence.TaxonomyRepository;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.InterventionUse;
import org.goldseam.notes.NoteContent;
import org.goldseam.testing.NoteSamples;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interventions are recorded apart from themes (note_intervention), so a search for them needs its
 * own filter: intervention:KEY with min:, windows and a trend of use; theme: given an intervention
 * key says so instead of answering "nobody".
 */
class InterventionSearchTest {
    private static final OffsetDateTime FIRST = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Vault vault;
    private VaultServices services;
    private long emdr;
    private long hypnotherapy;
    private long early;
    private long once;

    @BeforeEach
    void twoClients() {
        vault = TestVaults.create(dir.resolve("vault"));
        services = VaultServices.of(vault, TestVaults.CLOCK);
        TaxonomyRepository taxonomy = new TaxonomyRepository(vault.database().dsl());
        emdr = taxonomy.byKey("intervention.emdr").orElseThrow().id();
        hypnotherapy = taxonomy.byKey("intervention.hypnotherapy").orElseThrow().id();
        // "early": EMDR in the first three of six attended sessions, then not; a cancelled session with EMDR written on it
        early = services.clients().create("test", ClientDetails.of("Ines Early", FIRST.toLocalDate()));
        for (int week = 0; week < 6; week++) {
            session(early, week, Attendance.ATTENDED, week < 3 ? List.of(emdr, hypnotherapy) : List.of(hypnotherapy));
        }
        session(early, 6, Attendance.CANCELLED, List.of(emdr));
        // "once": EMDR in the middle one of three attended sessions
        once = services.clients().create("test", ClientDetails.of("Oskar Once", FIRST.toLocalDate()));
        session(once, 0, Attendance.ATTENDED, List.of());
        session(once, 1, Attendance.ATTENDED, List.of(emdr));
        session(once, 2, Attendance.ATTENDED, List.of());
    }

    @AfterEach
    void close() {
        services.search().close();
        vault.close();
    }

    private void session(long client, int week, Attendance attendance, List<Long> interventions) {
        NoteContent base = NoteSamples.dap(FIRST.plusWeeks(week), attendance);
        NoteContent content = new NoteContent(base.startsAt(), base.durationMinutes(), base.type(), base.modality(),
                base.attendance(), base.format(), base.summaryLine(), base.sections(), null, List.of(),
                interventions.stream().map(id -> new InterventionUse(id, null)).toList(), List.of());
        services.notes().create("test", client, content);
    }

    private List<ClientMatch> found(String query) {
        SearchOutcome outcome = services.search().search(query, false);
        assertThat(outcome).as(query).isInstanceOf(SearchOutcome.Found.class);
        return ((SearchOutcome.Found) outcome).result().clients();
    }

    private String refusal(String query) {
        SearchOutcome outcome = services.search().search(query, false);
        assertThat(outcome).as(query).isInstanceOf(SearchOutcome.Invalid.class);
        return ((SearchOutcome.Invalid) outcome).error().message();
    }

    @Test
    void interventionSearchCountsAttendedSessionsThatUsedIt() {
        List<ClientMatch> atLeastTwice = found("intervention:intervention.emdr min:2");
        assertThat(atLeastTwice).extracting(ClientMatch::clientId).containsExactly(early);
        // the cancelled session with EMDR on it does not count
        assertThat(atLeastTwice.get(0).matchingSessions()).isEqualTo(3);
        assertThat(atLeastTwice.get(0).themeCounts()).containsEntry("intervention.emdr", 3);
        // an intervention has no intensity, so no mean intensity is made up for it
        assertThat(atLeastTwice.get(0).meanIntensity()).isNull();

        assertThat(found("intervention:intervention.emdr")).extracting(ClientMatch::clientId).containsExactlyInAnyOrder(early, once);
        assertThat(found("intervention:intervention.emdr,intervention.hypnotherapy mode:all"))
                .extracting(ClientMatch::clientId).containsExactly(early);
    }

    @Test
    void windowsAndTheTrendOfUseWorkAsForThemes() {
        // early's last three attended sessions had no EMDR; once's last three include its only one
        assertThat(found("intervention:intervention.emdr last:3")).extracting(ClientMatch::clientId).containsExactly(once);
        assertThat(found("intervention:intervention.emdr from:2026-03-16 to:2026-03-31"))
                .extracting(ClientMatch::clientId).containsExactly(early);
        // used in the first half of early's sessions and then dropped: a falling trend of use; once's
        // single use in the middle of its window is neither
        List<ClientMatch> falling = found("intervention:intervention.emdr trend:falling");
        assertThat(falling).extracting(ClientMatch::clientId).containsExactly(early);
        assertThat(String.valueOf(falling.get(0).trend())).isEqualToIgnoringCase("falling");
        assertThat(found("intervention:intervention.emdr trend:rising")).isEmpty();
        // hypnotherapy in every session of early's: steady, so neither rising nor falling
        assertThat(found("intervention:intervention.hypnotherapy trend:falling")).isEmpty();
    }

    @Test
    void themeGivenAnInterventionKeySaysToUseIntervention() {
        assertThat(refusal("theme:intervention.emdr min:2"))
                .contains("intervention.emdr is an intervention").contains("intervention:intervention.emdr");
        assertThat(refusal("all:core_belief.fraud,intervention.emdr")).contains("intervention:intervention.emdr");
        assertThat(refusal("intervention:core_belief.fraud")).contains("not an intervention key");
        assertThat(refusal("intervention:intervention.emdr intensity:4")).contains("without an intensity");
        assertThat(refusal("intervention:intervention.emdr theme:core_belief.fraud")).contains("not both");
        assertThat(refusal("intervention:intervention.emdrr")).contains("There is no intervention intervention.emdrr");
    }
}
