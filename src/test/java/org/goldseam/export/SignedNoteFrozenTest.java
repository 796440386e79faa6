package org.goldseam.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.FrameworkException;
import org.goldseam.framework.model.ReflectiveQuestion;
import org.goldseam.notes.GoalProgress;
import org.goldseam.notes.InterventionUse;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.ThemeObservation;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.summary.PdfChecks;
import org.goldseam.summary.render.RecordPdfWriter;
import org.goldseam.testing.NoteSamples;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signed note, as the record export (JSON and PDF) and the clinical framework see it, stays what
 * was signed: a taxonomy relabelled later, or a questionnaire, answer or goal added later, never
 * changes it. The editor's side of the same promise is in {@code SignedNoteViewGuiTest}.
 */
class SignedNoteFrozenTest {
    private static final OffsetDateTime SESSION = OffsetDateTime.of(2026, 10, 6, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String THEME = "core_belief.fraud";
    private static final String INTERVENTION = "intervention.self_compassion";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Vault vault;
    private ClinicalFramework framework;
    private SessionNoteRepository notes;
    private long client;
    private long note;
    private long goal;
    private String themeLabel;
    private String interventionLabel;

    @BeforeEach
    void signANoteWithAThemeAnInterventionAndAGoalRating() {
        vault = TestVaults.create(dir.resolve("vault"));
        var dsl = vault.database().dsl();
        framework = org.goldseam.framework.persistence.wiring.FrameworkWiring.of(vault, TestVaults.CLOCK);
        notes = new SessionNoteRepository(dsl, TestVaults.CLOCK);
        client = new ClientRepository(dsl, TestVaults.CLOCK).insert(ClientDetails.of("Ines Invented", SESSION.toLocalDate()));
        goal = framework.goals().create(client, "Send work out before it feels perfect", null).id();
        var theme = framework.taxonomy().get(THEME);
        var intervention = framework.taxonomy().get(INTERVENTION);
        themeLabel = theme.label();
        interventionLabel = intervention.label();
        NoteContent base = NoteSamples.dap(SESSION, org.goldseam.notes.Attendance.ATTENDED);
        NoteContent content = new NoteContent(base.startsAt(), base.durationMinutes(), base.type(), base.modality(),
                base.attendance(), base.format(), base.summaryLine(), base.sections(), null,
                List.of(new ThemeObservation(theme.id(), 7, "I'm a fraud", null)),
                List.of(new InterventionUse(intervention.id(), null)),
                List.of(new GoalProgress(goal, 3, null)));
        note = notes.createDraft(client, content);
        notes.sign(note, "Dr Ana Example, PsyD", Instant.parse("2026-10-06T10:00:00Z"));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void aThemeRelabelledAfterSigningKeepsItsLabelAtSigningInTheRecordExport() throws Exception {
        framework.taxonomy().relabel(THEME, "Impostor feeling");

        JsonNode theme = exportedNote().path("themes").get(0);
        assertThat(theme.path("label").asText()).isEqualTo(themeLabel);
        assertThat(theme.path("labelNow").asText()).isEqualTo("Impostor feeling");
        assertThat(pdfText()).contains(themeLabel + " (now: Impostor feeling)");
    }

    @Test
    void aThemeRelabelledAfterSigningKeepsItsLabelAtSigningInTheSummarysSessionList() {
        framework.taxonomy().relabel(THEME, "Impostor feeling");

        var summary = org.goldseam.app.services.Exports.summaries(vault, TestVaults.CLOCK, "Dr Ana Example, PsyD").assemble(client,
                new org.goldseam.summary.SummaryPeriod(SESSION.toLocalDate().minusDays(1), SESSION.toLocalDate().plusDays(1)),
                org.goldseam.summary.SummaryOptions.defaults());
        assertThat(summary.sessions()).singleElement().satisfies(row -> assertThat(row.topThemes()).containsExactly(themeLabel));
    }

    @Test
    void anInterventionRelabelledAfterSigningKeepsItsLabelAtSigningInTheRecordExport() throws Exception {
        framework.taxonomy().relabel(INTERVENTION, "Kindness practice");

        JsonNode intervention = exportedNote().path("interventions").get(0);
        assertThat(intervention.path("label").asText()).isEqualTo(interventionLabel);
        assertThat(intervention.path("labelNow").asText()).isEqualTo("Kindness practice");
        assertThat(pdfText()).contains(interventionLabel + " (now: Kindness practice)");
    }

    @Test
    void aNoteSignedWithUnchangedLabelsIsExportedWithoutALabelNow() throws Exception {
        JsonNode exported = exportedNote();
        assertThat(exported.path("themes").get(0).has("labelNow")).isFalse();
        assertThat(exported.path("interventions").get(0).has("labelNow")).isFalse();
        assertThat(exported.path("goalProgress").get(0).path("rating").asInt()).isEqualTo(3);
    }

    @Test
    void aQuestionnaireCannotBeLinkedToANoteAfterItWasSigned() {
        assertThatThrownBy(() -> framework.measures().administer(client, "phq9", note, SESSION.plusDays(1),
                Map.of(1, 1, 2, 1, 3, 1, 4, 1, 5, 1, 6, 1, 7, 1, 8, 1, 9, 0)))
                .isInstanceOf(FrameworkException.class).hasMessageContaining("signed");
        assertThat(framework.measures().allHistory(client)).isEmpty();
        // unlinked, it is recorded as always
        assertThat(framework.measures().administer(client, "phq9", null, SESSION.plusDays(1),
                Map.of(1, 1, 2, 1, 3, 1, 4, 1, 5, 1, 6, 1, 7, 1, 8, 1, 9, 0)).noteId()).isNull();
    }

    @Test
    void aReflectiveAnswerOrInnerCriticLineCannotBeRecordedAgainstASignedNote() {
        assertThatThrownBy(() -> framework.reflection().recordAnswer(client, ReflectiveQuestion.values()[0], note,
                "That everything would fall apart")).isInstanceOf(FrameworkException.class).hasMessageContaining("signed");
        assertThatThrownBy(() -> framework.innerCritic().recordHearing(client, note, "You are still not enough"))
                .isInstanceOf(FrameworkException.class).hasMessageContaining("signed");
        assertThat(framework.reflection().answers(client)).isEmpty();
        assertThat(framework.innerCritic().statements(client)).isEmpty();
    }

    private JsonNode exportedNote() throws Exception {
        ExportResult result = new RecordExportService(vault, TestVaults.CLOCK, "Dr Ana Example, PsyD")
                .export(client, dir.resolve("json"), false, List.of(new JsonRecordWriter()));
        JsonNode record = JSON.readTree(Files.readString(result.files().get(0)));
        return record.path("notes").get(0);
    }

    private String pdfText() throws Exception {
        ExportResult result = new RecordExportService(vault, TestVaults.CLOCK, "Dr Ana Example, PsyD")
                .export(client, dir.resolve("pdf"), false, List.of(RecordPdfWriter.of(vault, TestVaults.CLOCK, "Dr Ana Example, PsyD")));
        return PdfChecks.text(result.files().get(0)).replaceAll("\\s+", " ");
    }
}
