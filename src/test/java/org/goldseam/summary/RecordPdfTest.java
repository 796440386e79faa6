package org.goldseam.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.goldseam.export.ClientRecordExport;
import org.goldseam.export.ClientRecordExport.Addendum;
import org.goldseam.export.ClientRecordExport.Client;
import org.goldseam.export.ClientRecordExport.Measure;
import org.goldseam.export.ClientRecordExport.Note;
import org.goldseam.export.ClientRecordExport.Risk;
import org.goldseam.export.ClientRecordExport.RiskFlagEntry;
import org.goldseam.export.ClientRecordExport.RiskFlagPart;
import org.goldseam.export.ClientRecordExport.RiskReviewPart;
import org.goldseam.export.ClientRecordExport.Section;
import org.goldseam.export.ClientRecordExport.SubscaleResult;
import org.goldseam.export.ExportResult;
import org.goldseam.export.JsonRecordWriter;
import org.goldseam.export.RecordExportService;
import org.goldseam.summary.render.RecordPdfWriter;
import org.goldseam.testing.Headless;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The client record PDF made by the summary engine: long notes, line breaks, the glyph check, privacy. */
class RecordPdfTest {
    static {
        Headless.whenNoDisplay();
    }

    private static final RecordPdfWriter WRITER = new RecordPdfWriter("Dr Ana Q. Invented", ZoneOffset.UTC,
            key -> key.toUpperCase(java.util.Locale.ROOT), key -> null);

    private static final String RESOLUTION = "Plan-Wren-31: no current intent; crisis numbers given.";

    @TempDir
    Path tmp;

    @Test
    void aNoteOf100000CharactersRunsOverManyPagesWithNothingCut() throws Exception {
        StringBuilder text = new StringBuilder();
        int n = 0;
        while (text.length() < 100_000) {
            n++;
            text.append(String.format("Sentence %05d of the long note keeps on going about the week.", n));
            text.append(n % 7 == 0 ? "\n\n" : n % 3 == 0 ? "\n" : " ");
        }
        Path pdf = tmp.resolve("long.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            WRITER.write(record("Zo\u00eb \u0141ukasz-\u00d8rsted \u674e\u5c0f\u9f8d", text.toString(), "An addendum.", null), out);
        }
        assertThat(PdfChecks.pages(pdf)).isGreaterThan(15);
        String extracted = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        for (int i = 1; i <= n; i++) {
            assertThat(extracted).contains(String.format("Sentence %05d of the long note", i));
        }
        assertThat(extracted).contains("Confidential \u2014 client record \u2014 page 1 of");
        assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aCharacterNoShippedFontHasIsNamedAndNothingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> WRITER.write(record("Ana", "A plain note.", "She wrote \u0915 in the margin.", null), out))
                .isInstanceOfSatisfying(SummaryException.class, e -> {
                    assertThat(e.problem()).isEqualTo(SummaryProblem.UNRENDERABLE_TEXT);
                    assertThat(e.getMessage()).contains("The client record PDF was not written").contains("U+0915")
                            .contains("the session note of 3 Mar 2026, 14:00").contains("JSON only");
                });
        assertThat(out.size()).isZero();
    }

    @Test
    void markupInTheRecordStaysTextAndPrivateNotesAreLabelledWhenIncluded() throws Exception {
        Path pdf = tmp.resolve("private.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            WRITER.write(record("Ana <b>&amp;</b>", "Line one\nLine two", "Fine.", "Countertransference: PRIVATE-X1"), out);
        }
        String text = PdfChecks.text(pdf);
        assertThat(text).contains("Ana <b>&amp;</b>").contains("Line one\nLine two").contains("PRIVATE-X1")
                .contains("Private psychotherapy note");
    }

    @Test
    void theRiskHistoryShowsResolvedAndOpenFlagsAndSubscalesAreNamed() throws Exception {
        Path pdf = tmp.resolve("risk.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            WRITER.write(record("Ana", "A plain note.", "Fine.", null), out);
        }
        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        // each flag's row in order: raised, what raised it, its answer, then its status (resolved first, open last)
        assertThat(text).contains("Risk history").contains("2 risk flags raised, oldest first; 1 still open")
                .containsSubsequence("Raised What raised it Status", "10 Feb 2026, 10:00", "PHQ-9 item 9",
                        "Answer given: 1 of a possible 3", "Resolved on 10 Feb 2026, 10:40 by Dr Ana Q. Invented",
                        "Outcome: " + RESOLUTION, "3 Mar 2026, 14:00", "PHQ-9 item 9", "Answer given: 2 of a possible 3",
                        "Open: not yet reviewed", "Reviews")
                .contains("Bodily symptoms: 6.5 (raised)").doesNotContain("somatic");
        assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    /** Through the export service on the summary fixture: both files, the marker in neither, all-or-nothing on failure. */
    @Test
    void theServiceWritesBothFilesOrNeither() throws Exception {
        Path vaultDir = tmp.resolve("vault");
        SummaryFixture.create(vaultDir, tmp);
        try (Vault vault = TestVaults.open(vaultDir)) {
            RecordExportService service = new RecordExportService(vault, TestVaults.CLOCK, "Dr Ana Q. Invented");
            List<org.goldseam.export.RecordWriter> writers = List.of(new JsonRecordWriter(),
                    RecordPdfWriter.of(vault, TestVaults.CLOCK, "Dr Ana Q. Invented"));
            ExportResult result = service.export(SummaryFixture.CLIENT, tmp.resolve("out"), false, writers);
            assertThat(result.files()).hasSize(2);
            Path pdf = result.files().get(1);
            assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
            assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
            String text = PdfChecks.text(pdf);
            assertThat(text).contains(SummaryFixture.NAME).contains(SummaryFixture.CRITIC_LINE)
                    .doesNotContain(SummaryFixture.PRIVATE_MARKER);
            assertThat(Files.readString(result.files().get(0))).doesNotContain(SummaryFixture.PRIVATE_MARKER);

            SummaryFixture.rename(vault, SummaryFixture.CLIENT, "Anaya \u0915\u092E\u0932");
            Path refused = tmp.resolve("refused");
            assertThatThrownBy(() -> service.export(SummaryFixture.CLIENT, refused, false, writers))
                    .isInstanceOf(SummaryException.class);
            assertThat(refused).doesNotExist();
        }
    }

    private static ClientRecordExport record(String name, String noteText, String addendum, String privateNote) {
        Client client = new Client(1, name, null, null, "1990-04-02", null, null, null, null, null, null, null,
                "2026-01-05", "active", null);
        Note note = new Note(7, "2026-03-03T14:00:00Z", 50, "individual", "in_person", "attended", "free", "Summary line",
                "signed", "2026-03-03T15:00:00Z", "Dr Ana Q. Invented", "ab".repeat(32),
                List.of(new Section("body", noteText)), privateNote, List.of(), List.of(), List.of(),
                List.of(new Addendum("addendum", "Dr Ana Q. Invented", "2026-03-04T09:00:00Z", addendum)));
        Measure earlier = new Measure(2, "phq9", "2026-02-10T10:00:00Z", null, true, "9", "mild", Map.of("1", 1, "9", 1),
                List.of());
        Measure measure = new Measure(3, "phq9", "2026-03-03T14:00:00Z", 7L, true, "12", "moderate", Map.of("1", 2, "9", 2),
                List.of());
        Measure custom = new Measure(4, "strain_scale", "2026-03-03T14:10:00Z", 7L, true, "14", null, Map.of("1", 3),
                List.of(new SubscaleResult("somatic", "Bodily symptoms", "6.5", "raised")));
        RiskFlagEntry resolved = new RiskFlagEntry(11, "2026-02-10T10:00:00Z", "phq9_item9", 2, RiskFlagEntry.RESOLVED,
                "2026-02-10T10:40:00Z", "Dr Ana Q. Invented", RESOLUTION);
        RiskFlagEntry open = new RiskFlagEntry(12, "2026-03-03T14:00:00Z", "phq9_item9", 3, RiskFlagEntry.OPEN, null, null, null);
        Risk risk = new Risk(List.of(new RiskFlagPart(open.raisedAt(), open.reason())), List.of(resolved, open),
                List.of(new RiskReviewPart("2026-02-10T10:40:00Z", "Dr Ana Q. Invented", RESOLUTION)));
        return new ClientRecordExport(ClientRecordExport.FORMAT, ClientRecordExport.FORMAT_VERSION, "2026-03-05T10:00:00Z",
                "test", privateNote != null, client, List.of(note), List.of(earlier, measure, custom), List.of(), List.of(),
                List.of(), risk, List.of(), List.of());
    }
}
