package org.goldseam.app.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.app.workspace.DemoWorkspace;
import org.goldseam.clients.ClientSummary;
import org.goldseam.summary.SummaryProblem;
import org.goldseam.summary.SummarySection;
import org.goldseam.summary.SummaryService;
import org.goldseam.testing.Headless;
import org.goldseam.testing.TestVaults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Summary action on the shared demo caseload (read only), rendering synchronously so each test
 * sees the final state when {@code render} returns. The test clock says 21 Nov 2026.
 */
class SummaryPresenterTest {
    static {
        Headless.whenNoDisplay();
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static DemoWorkspace demo;
    private static ClientSummary client;

    @TempDir
    Path folder;

    @BeforeAll
    static void caseload() throws Exception {
        demo = DemoWorkspace.shared();
        long id = demo.firstClientId();
        client = demo.services().clients().listAll().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    private SummaryPresenter presenter() {
        return presenter(AppPreferences.defaults());
    }

    private SummaryPresenter presenter(AppPreferences prefs) {
        return new SummaryPresenter(org.goldseam.app.services.Exports.summaries(demo.services().vault(), TestVaults.CLOCK, "Dr Imaginary"), TestVaults.CLOCK,
                prefs, client.id(), client.fullName(), folder, Runnable::run, Runnable::run);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private List<Path> filesInFolder() throws Exception {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.toList();
        }
    }

    @Test
    void presetsEndTodayAndCoverWholeMonthsOfDays() {
        SummaryPresenter presenter = presenter();
        assertThat(presenter.period()).isEqualTo(new PeriodChoice(PeriodPreset.LAST_6_MONTHS, LocalDate.of(2026, 5, 22), TODAY));
        presenter.choosePreset(PeriodPreset.LAST_3_MONTHS);
        assertThat(presenter.period().from()).isEqualTo(LocalDate.of(2026, 8, 22));
        assertThat(presenter.period().to()).isEqualTo(TODAY);
        presenter.choosePreset(PeriodPreset.LAST_12_MONTHS);
        assertThat(presenter.period().from()).isEqualTo(LocalDate.of(2025, 11, 22));
        presenter.choosePreset(PeriodPreset.CUSTOM);
        assertThat(presenter.period()).isEqualTo(new PeriodChoice(PeriodPreset.CUSTOM, LocalDate.of(2025, 11, 22), TODAY));
    }

    @Test
    void theDefaultFileFollowsThePeriodUntilTheClinicianChoosesOne() {
        SummaryPresenter presenter = presenter();
        assertThat(presenter.output()).isEqualTo(folder.resolve(
                "summary-client-" + client.id() + "_2026-05-22_2026-11-21.pdf"));
        presenter.choosePreset(PeriodPreset.LAST_3_MONTHS);
        assertThat(presenter.output().getFileName().toString()).endsWith("_2026-08-22_2026-11-21.pdf");
        presenter.setOutput(folder.resolve("for supervision"));
        presenter.choosePreset(PeriodPreset.LAST_12_MONTHS);
        assertThat(presenter.output()).isEqualTo(folder.resolve("for supervision.pdf"));
    }

    @Test
    void customDatesInTheWrongOrderAreRefusedWithASentenceAndNothingStarts() throws Exception {
        SummaryPresenter presenter = presenter();
        presenter.setCustomPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 1));
        assertThat(presenter.message()).contains("ends before it starts");
        presenter.render();
        assertThat(presenter.state()).isEqualTo(RenderState.EDITING);
        assertThat(filesInFolder()).isEmpty();
        presenter.setCustomPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1));
        assertThat(presenter.message()).isNull();
    }

    @Test
    void renderingWritesThePdfWithProgressAndEndsDone() throws Exception {
        SummaryPresenter presenter = presenter(new AppPreferences(AppPreferences.defaults().theme(), 13, 10,
                AppPreferences.defaults().defaultFormat(), "Ana Invented", "LCSW", null));
        List<Progress> seen = new ArrayList<>();
        List<RenderState> states = new ArrayList<>();
        presenter.addListener(SummaryProperty.PROGRESS, e -> seen.add((Progress) e.getNewValue()));
        presenter.addListener(SummaryProperty.STATE, e -> states.add((RenderState) e.getNewValue()));

        presenter.render();

        assertThat(presenter.message()).isNull();
        assertThat(states).containsExactly(RenderState.RENDERING, RenderState.DONE);
        assertThat(presenter.result().file()).isEqualTo(presenter.output()).exists();
        assertThat(presenter.result().pages()).isPositive();
        assertThat(seen).extracting(Progress::done).isSorted();
        assertThat(seen.get(seen.size() - 1).percent()).isEqualTo(100);
        String text = text(presenter.output());
        assertThat(text).contains(client.fullName()).contains("Ana Invented").contains("LCSW");
        assertThat(filesInFolder()).containsExactly(presenter.output());
    }

    @Test
    void initialsOnlyAndLeftOutSectionsReachTheSummary() throws Exception {
        SummaryPresenter presenter = presenter();
        presenter.setInitialsOnly(true);
        presenter.include(SummarySection.INNER_CRITIC, false);
        assertThat(presenter.options().sections()).isEqualTo(EnumSet.complementOf(EnumSet.of(SummarySection.INNER_CRITIC)));
        presenter.render();
        assertThat(presenter.state()).isEqualTo(RenderState.DONE);
        String text = text(presenter.output());
        assertThat(text).doesNotContain(client.fullName())
                .contains("Left out at the clinician's choice: Inner-critic statements.");
        // named once, in the note on what was left out, and never as a section heading
        assertThat(text.split(SummarySection.INNER_CRITIC.title(), -1)).hasSize(2);
    }

    @Test
    void cancellingWhileRenderingLeavesNoFile() throws Exception {
        SummaryPresenter presenter = presenter();
        presenter.addListener(SummaryProperty.PROGRESS, e -> {
            if (((Progress) e.getNewValue()).done() >= 2) {
                presenter.cancel();
            }
        });
        presenter.render();
        assertThat(presenter.state()).isEqualTo(RenderState.CANCELLED);
        assertThat(presenter.message()).isEqualTo("Cancelled; no file was written.");
        assertThat(presenter.result()).isNull();
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void anExistingFileFailsWithTheEnginesSentenceUntilReplacingIsAllowed() throws Exception {
        SummaryPresenter presenter = presenter();
        Files.writeString(presenter.output(), "an older summary");
        assertThat(presenter.outputExists()).isTrue();
        presenter.render();
        assertThat(presenter.state()).isEqualTo(RenderState.FAILED);
        assertThat(presenter.message()).contains("already exists").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(presenter.output())).isEqualTo("an older summary");

        presenter.editAgain();
        assertThat(presenter.state()).isEqualTo(RenderState.EDITING);
        assertThat(presenter.message()).isNull();
        presenter.setReplaceExisting(true);
        presenter.render();
        assertThat(presenter.state()).isEqualTo(RenderState.DONE);
        assertThat(Files.readAllBytes(presenter.output())).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void aMissingFolderIsRefusedBeforeAnythingRuns() {
        SummaryPresenter presenter = presenter();
        presenter.setOutput(folder.resolve("no such folder").resolve("s.pdf"));
        presenter.render();
        assertThat(presenter.state()).isEqualTo(RenderState.EDITING);
        assertThat(presenter.message()).contains("folder").contains("does not exist");
    }

    @Test
    void aClientThatIsGoneFailsPlainly() {
        SummaryPresenter presenter = new SummaryPresenter(org.goldseam.app.services.Exports.summaries(demo.services().vault(), TestVaults.CLOCK, "Dr Imaginary"),
                TestVaults.CLOCK, AppPreferences.defaults(), 999_999, "Nobody", folder, Runnable::run, Runnable::run);
        presenter.render();
        assertThat(presenter.state()).isEqualTo(RenderState.FAILED);
        assertThat(presenter.message()).isEqualTo("There is no client with id 999999.");
    }

    @Test
    void clearingOnLockForgetsTheClientAndIgnoresALateResult() {
        List<Runnable> delivered = new ArrayList<>();
        SummaryPresenter presenter = new SummaryPresenter(org.goldseam.app.services.Exports.summaries(demo.services().vault(), TestVaults.CLOCK, "Dr Imaginary"),
                TestVaults.CLOCK, AppPreferences.defaults(), client.id(), client.fullName(), folder, Runnable::run,
                delivered::add);
        presenter.render();
        assertThat(presenter.state()).isEqualTo(RenderState.RENDERING);
        presenter.clear();
        delivered.forEach(Runnable::run);
        assertThat(presenter.state()).isEqualTo(RenderState.EDITING);
        assertThat(presenter.result()).isNull();
        assertThat(presenter.clientName()).isEmpty();
    }

    @Test
    void paperFollowsTheLocale() {
        assertThat(ExportForm.paperFor(java.util.Locale.US)).isEqualTo(org.goldseam.summary.PaperSize.LETTER);
        assertThat(ExportForm.paperFor(java.util.Locale.GERMANY)).isEqualTo(org.goldseam.summary.PaperSize.A4);
    }

    @Test
    void theEnginesProblemKindsAreAllExplainedByTheirOwnSentence() {
        assertThat(ExportForm.describe(new org.goldseam.summary.SummaryException(SummaryProblem.OUTPUT_FAILED,
                "The folder x does not exist; nothing was written."))).isEqualTo("The folder x does not exist; nothing was written.");
        assertThat(ExportForm.describe(new IllegalStateException("SELECT secret FROM client")))
                .doesNotContain("secret").contains("IllegalStateException");
    }
}
