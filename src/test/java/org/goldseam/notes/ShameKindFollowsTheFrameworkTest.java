package org.goldseam.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldseam.db.Tables.THEME_OBSERVATION;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.goldseam.app.services.VaultServices;
import org.goldseam.clients.ClientDetails;
import org.goldseam.demo.DemoCaseload;
import org.goldseam.demo.DemoPlan;
import org.goldseam.framework.FrameworkException;
import org.goldseam.framework.persistence.TaxonomyRepository;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.testing.NoteSamples;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Core shame is about the self, adaptive shame about an act the client regrets: a core belief never
 * carries adaptive shame. The note service refuses it, the demo no longer writes it, and migration 8
 * brings drafts written earlier into line while leaving signed notes exactly as they were signed.
 */
class ShameKindFollowsTheFrameworkTest {
    private static final OffsetDateTime SESSION = OffsetDateTime.of(2026, 9, 7, 14, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static NoteContent with(OffsetDateTime at, List<ThemeObservation> themes) {
        NoteContent base = NoteSamples.dap(at, Attendance.ATTENDED);
        return new NoteContent(base.startsAt(), base.durationMinutes(), base.type(), base.modality(), base.attendance(),
                base.format(), base.summaryLine(), base.sections(), null, themes, List.of(), List.of());
    }

    @Test
    void theNoteServiceRefusesAdaptiveShameOnACoreBeliefAndShameOnACost() {
        try (Vault vault = TestVaults.create(dir.resolve("vault"))) {
            VaultServices services = VaultServices.of(vault, TestVaults.CLOCK);
            TaxonomyRepository taxonomy = new TaxonomyRepository(vault.database().dsl());
            long notEnough = taxonomy.byKey("core_belief.not_enough").orElseThrow().id();
            long lashingOut = taxonomy.byKey("defense.attacking_others").orElseThrow().id();
            long exhaustion = taxonomy.byKey("cost.emotional_exhaustion").orElseThrow().id();
            long client = services.clients().create("test", ClientDetails.of("Noor Framework", SESSION.toLocalDate()));

            assertThatThrownBy(() -> services.notes().create("test", client,
                    with(SESSION, List.of(new ThemeObservation(notEnough, 6, null, ShameKind.ADAPTIVE)))))
                    .isInstanceOf(FrameworkException.class)
                    .hasMessageContaining("I am not enough").hasMessageContaining("core shame");
            // the act the client regrets carries the adaptive shame; the belief, core shame
            long note = services.notes().create("test", client, with(SESSION, List.of(
                    new ThemeObservation(notEnough, 6, null, ShameKind.CORE),
                    new ThemeObservation(lashingOut, 5, null, ShameKind.ADAPTIVE))));
            assertThatThrownBy(() -> services.notes().saveDraft("test", client, note, with(SESSION, List.of(
                    new ThemeObservation(notEnough, 6, null, ShameKind.ADAPTIVE))), false))
                    .isInstanceOf(FrameworkException.class);
            assertThatThrownBy(() -> services.notes().saveDraft("test", client, note, with(SESSION, List.of(
                    new ThemeObservation(exhaustion, 6, null, ShameKind.CORE))), false))
                    .isInstanceOf(FrameworkException.class).hasMessageContaining("no kind of shame");
            // the refused saves changed nothing
            assertThat(services.notes().findById(note).orElseThrow().content().observations())
                    .extracting(ThemeObservation::shameKind).containsExactlyInAnyOrder(ShameKind.CORE, ShameKind.ADAPTIVE);
            services.search().close();
        }
    }

    @Test
    void theDemoNeverPutsAdaptiveShameOnACoreBelief() {
        DemoCaseload demo = new DemoCaseload(5, LocalDate.of(2026, 11, 20), ZoneOffset.UTC);
        int coreBeliefShame = 0;
        int adaptiveOnActs = 0;
        for (int client = 0; client < 40; client++) {
            for (DemoPlan.Session session : demo.plan(client, 30).sessions()) {
                for (DemoPlan.Observation o : session.observations()) {
                    if (o.key().startsWith("core_belief.") && o.shameKind() != null) {
                        coreBeliefShame++;
                        assertThat(o.shameKind()).as(o.key()).isEqualTo("core");
                    }
                    if (o.key().startsWith("defense.") && "adaptive".equals(o.shameKind())) {
                        adaptiveOnActs++;
                    }
                }
            }
        }
        assertThat(coreBeliefShame).isPositive();
        assertThat(adaptiveOnActs).as("the demo still shows adaptive shame, on acts").isPositive();
    }

    @Test
    void migrationEightFixesDraftsAndLeavesSignedNotesAsSigned() {
        Path folder = dir.resolve("old");
        long draft;
        long signed;
        String signedHash;
        try (Vault vault = TestVaults.create(folder)) {
            DSLContext dsl = vault.database().dsl();
            TaxonomyRepository taxonomy = new TaxonomyRepository(dsl);
            long notEnough = taxonomy.byKey("core_belief.not_enough").orElseThrow().id();
            long exhaustion = taxonomy.byKey("cost.emotional_exhaustion").orElseThrow().id();
            long concealment = taxonomy.byKey("defense.concealment").orElseThrow().id();
            long client = new org.goldseam.clients.persistence.ClientRepository(dsl)
                    .insert(ClientDetails.of("Ola Before", SESSION.toLocalDate()));
            // written as an older Goldseam let them be written: straight into the tables, no service check
            SessionNoteRepository notes = new SessionNoteRepository(dsl);
            List<ThemeObservation> old = List.of(new ThemeObservation(notEnough, 6, "I'm not enough", ShameKind.ADAPTIVE),
                    new ThemeObservation(exhaustion, 5, null, ShameKind.CORE),
                    new ThemeObservation(concealment, 4, null, ShameKind.ADAPTIVE));
            draft = notes.createDraft(client, with(SESSION, old));
            signed = notes.createDraft(client, with(SESSION.minusWeeks(1), old));
            signedHash = notes.sign(signed, TestVaults.CLINICIAN, Instant.parse("2026-09-01T15:00:00Z")).contentHash();
            // back to schema 7: the data migration has not run on this vault yet
            org.goldseam.testing.VaultDowngrade.toSchema7(dsl);
        }
        try (Vault vault = TestVaults.open(folder)) {
            SessionNoteRepository notes = new SessionNoteRepository(vault.database().dsl());
            assertThat(notes.findById(draft).orElseThrow().content().observations())
                    .extracting(ThemeObservation::shameKind)
                    // by entry id, as built in: the defense, the core belief, the cost
                    .containsExactly(ShameKind.ADAPTIVE, ShameKind.CORE, null);
            SessionNote kept = notes.findById(signed).orElseThrow();
            assertThat(kept.content().observations()).extracting(ThemeObservation::shameKind)
                    .as("a signed note is never rewritten").containsExactly(ShameKind.ADAPTIVE, ShameKind.ADAPTIVE, ShameKind.CORE);
            assertThat(kept.contentHash()).isEqualTo(signedHash);
            assertThat(NoteIntegrity.verify(kept)).isTrue();
            assertThat(vault.database().dsl().fetchCount(THEME_OBSERVATION)).isEqualTo(6);
        }
    }
}
