package org.goldseam.summary;

import org.goldseam.summary.persistence.SummaryRepository;
import org.goldseam.summary.render.SummaryPdf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.goldseam.testing.Headless;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The acceptance tests of issue 5 for one client's summary: conformance, content, privacy. */
class SummaryPdfTest {
    static {
        Headless.whenNoDisplay();
    }

    @TempDir
    static Path tmp;
    static Path vaultDir;
    static Path pdf;
    static SummaryDocument summary;

    @BeforeAll
    static void renderDemoClient() throws Exception {
        vaultDir = tmp.resolve("vault");
        SummaryFixture.create(vaultDir, tmp);
        pdf = tmp.resolve("zoe.pdf");
        try (Vault vault = TestVaults.open(vaultDir)) {
            SummaryService service = new SummaryService(SummaryRepository.of(vault, TestVaults.CLOCK), TestVaults.CLOCK, SummaryPdf.RENDERER);
            SummaryOptions options = new SummaryOptions(false, true, SummarySection.all(), "Dr Ana Q. Invented",
                    "PsyD, licensed psychologist", PaperSize.A4, false);
            summary = service.assemble(SummaryFixture.CLIENT, SummaryFixture.PERIOD, options);
            service.render(new SummaryRequest(SummaryFixture.CLIENT, SummaryFixture.PERIOD, options, pdf),
                    ProgressListener.NONE, new CancellationFlag());
        }
    }

    @Test
    void isPdfA3aWithNoFailedRule() throws Exception {
        assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    @Test
    void isPdfUa1WithNoFailedRule() throws Exception {
        assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void showsTheNameEveryTopThemeAndTheSpecialTextsVerbatim() throws Exception {
        String text = PdfChecks.text(pdf);
        assertThat(summary.themes()).isNotEmpty();
        assertThat(text).contains(SummaryFixture.NAME);
        for (SummaryDocument.ThemeStat theme : summary.themes()) {
            assertThat(text).contains(theme.label());
        }
        // line breaks fall anywhere, also inside Chinese and Japanese text, where they leave no space
        assertThat(text.replaceAll("\\s+", "")).contains(SummaryFixture.SUMMARY_LINE.replaceAll("\\s+", ""))
                .contains(SummaryFixture.CRITIC_LINE.replaceAll("\\s+", ""));
    }

    @Test
    void neverShowsAPsychotherapyNote() throws Exception {
        String text = PdfChecks.text(pdf);
        assertThat(text).doesNotContain(SummaryFixture.PRIVATE_MARKER).doesNotContain(SummaryFixture.DEMO_PRIVATE_TEXT);
        assertThat(Files.readAllBytes(pdf)).isNotEmpty();
    }
}
