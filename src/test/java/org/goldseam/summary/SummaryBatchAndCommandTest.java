package org.goldseam.summary;

import org.goldseam.summary.persistence.SummaryRepository;
import org.goldseam.summary.render.SummaryPdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.goldseam.app.cli.CliRun;
import org.goldseam.clients.ClientStatus;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.testing.Headless;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batches, the glyph check and the {@code summary} command, on the shared demo caseload with one
 * deliberately broken client: its name holds an Egyptian hieroglyph no shipped font can draw.
 */
class SummaryBatchAndCommandTest {
    static {
        Headless.whenNoDisplay();
    }

    static final long BROKEN = 7;
    /** EGYPTIAN HIEROGLYPH A001: neither DejaVu Sans nor Droid Sans Fallback has it. */
    static final String UNDRAWABLE = new String(Character.toChars(0x13000));

    @TempDir
    static Path tmp;
    static Path vaultDir;
    static String passphraseFile;

    @BeforeAll
    static void caseloadWithOneBrokenClient() throws Exception {
        vaultDir = tmp.resolve("vault");
        SummaryFixture.create(vaultDir, tmp);
        passphraseFile = CliRun.defaultPassphraseFile(tmp).toString();
        try (Vault vault = TestVaults.open(vaultDir)) {
            SummaryFixture.rename(vault, BROKEN, "Ingrid " + UNDRAWABLE + " Berg");
            new ClientRepository(vault.database().dsl(), TestVaults.CLOCK).changeStatus(BROKEN, ClientStatus.ACTIVE);
        }
    }

    private static CliRun summary(String... args) {
        String[] common = {"summary", "--data-dir", vaultDir.toString(), "--passphrase-file", passphraseFile,
                "--from", SummaryFixture.PERIOD.from().toString(), "--to", SummaryFixture.PERIOD.to().toString()};
        return CliRun.run(Stream.concat(Stream.of(common), Stream.of(args)).toArray(String[]::new));
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.sorted().toList();
        }
    }

    @Test
    void aBatchOfTwentyWritesNineteenAndReportsTheBrokenClient() throws Exception {
        Path folder = tmp.resolve("batch");
        List<Long> ids = LongStream.rangeClosed(1, 20).boxed().toList();
        BatchReport report;
        try (Vault vault = TestVaults.open(vaultDir)) {
            report = new SummaryService(SummaryRepository.of(vault, TestVaults.CLOCK), TestVaults.CLOCK, SummaryPdf.RENDERER).renderBatch(
                    new BatchRequest(ids, SummaryFixture.PERIOD, SummaryOptions.defaults(), folder),
                    ProgressListener.NONE, new CancellationFlag());
        }
        assertThat(report.written()).hasSize(19);
        assertThat(report.failed()).singleElement().satisfies(item -> {
            assertThat(item.clientId()).isEqualTo(BROKEN);
            assertThat(item.problem()).isEqualTo(SummaryProblem.UNRENDERABLE_TEXT);
            assertThat(item.message()).contains("U+13000").contains(UNDRAWABLE);
        });
        assertThat(report.allWritten()).isFalse();
        assertThat(files(folder)).hasSize(19).allSatisfy(file -> {
            assertThat(file.getFileName().toString()).endsWith(".pdf").doesNotContain("client-" + BROKEN + "_");
            assertThat(PdfChecks.pages(file)).isPositive();
        });
    }

    @Test
    void aCharacterNoFontHasFailsWithAMessageNamingItAndWritesNothing() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("glyph"));
        Path target = folder.resolve("broken.pdf");
        try (Vault vault = TestVaults.open(vaultDir)) {
            SummaryService service = new SummaryService(SummaryRepository.of(vault, TestVaults.CLOCK), TestVaults.CLOCK, SummaryPdf.RENDERER);
            assertThatThrownBy(() -> service.render(new SummaryRequest(BROKEN, SummaryFixture.PERIOD,
                    SummaryOptions.defaults(), target), ProgressListener.NONE, new CancellationFlag()))
                    .isInstanceOfSatisfying(SummaryException.class, e -> {
                        assertThat(e.problem()).isEqualTo(SummaryProblem.UNRENDERABLE_TEXT);
                        assertThat(e.getMessage()).contains("U+13000 \u201C" + UNDRAWABLE + "\u201D").contains("the header")
                                .doesNotContain("Ingrid");
                    });
        }
        assertThat(files(folder)).isEmpty();
    }

    @Test
    void theCommandWritesAllActiveClientsAndExitsTenWhenOneFails() throws Exception {
        Path folder = tmp.resolve("active");
        CliRun run = summary("--all-active", "--out-dir", folder.toString());
        List<Long> active;
        try (Vault vault = TestVaults.open(vaultDir)) {
            active = new SummaryService(SummaryRepository.of(vault, TestVaults.CLOCK), TestVaults.CLOCK, SummaryPdf.RENDERER).activeClientIds();
        }
        assertThat(active).contains(BROKEN);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(10);
        assertThat(run.out()).contains("Wrote " + (active.size() - 1) + " of " + active.size() + " summaries")
                .contains("1 could not be written").contains("client " + BROKEN + " (").contains("U+13000");
        assertThat(files(folder)).hasSize(active.size() - 1);
    }

    @Test
    void theCommandWritesOneClientByInitialsOnly() throws Exception {
        Path pdf = tmp.resolve("initials.pdf");
        CliRun run = summary("--client", "1", "--out", pdf.toString(), "--initials-only", "--clinician", "Ana Invented",
                "--credentials", "LCSW");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + pdf);
        String text = PdfChecks.text(pdf);
        String metadata = PdfChecks.metadata(pdf);
        assertThat(text).contains("Z. \u0141.-\u00D8. \u674E.").contains("Ana Invented, LCSW")
                .doesNotContain("Zo\u00EB").doesNotContain("\u0141ukasz").doesNotContain("\u674E\u5C0F\u9F8D");
        assertThat(metadata).contains("Progress summary \u2014 Z. \u0141.-\u00D8. \u674E.")
                .doesNotContain("Zo\u00EB").doesNotContain("\u0141ukasz").doesNotContain("\u5C0F\u9F8D");
    }

    @Test
    void metadataCarriesNoMoreThanThePageShows() throws Exception {
        Path pdf = tmp.resolve("full.pdf");
        assertThat(summary("--client", "1", "--out", pdf.toString()).exitCode()).isZero();
        String metadata = PdfChecks.metadata(pdf);
        assertThat(metadata).contains("Progress summary \u2014 " + SummaryFixture.NAME);
        // the client's contact details are never read, let alone written
        assertThat(metadata).doesNotContain("@example.org").doesNotContain("+44");
        assertThat(PdfChecks.text(pdf)).doesNotContain("@example.org").doesNotContain("+44 7700");
    }

    @Test
    void leftOutSectionsAreNamedAndAbsent() throws Exception {
        Path pdf = tmp.resolve("omit.pdf");
        CliRun run = summary("--client", "1", "--out", pdf.toString(), "--omit", "inner-critic,risk");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Left out at the clinician's choice: Inner-critic statements, Risk flags and reviews.")
                .doesNotContain("Times heard").doesNotContain("fall behind for good");
    }

    @Test
    void aPeriodWithoutSessionsSaysSoPlainly() throws Exception {
        Path pdf = tmp.resolve("empty.pdf");
        CliRun run = CliRun.run("summary", "--data-dir", vaultDir.toString(), "--passphrase-file", passphraseFile,
                "--client", "1", "--from", "2020-01-01", "--to", "2020-03-31", "--out", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(PdfChecks.text(pdf).replaceAll("\\s+", " ")).contains("No sessions were recorded for this client in this period")
                .doesNotContain("Sessions held");
    }

    @Test
    void refusalsHaveTheirOwnMessageAndExitCode() throws Exception {
        Path existing = Files.writeString(tmp.resolve("existing.pdf"), "keep me");
        CliRun exists = summary("--client", "1", "--out", existing.toString());
        assertThat(exists.exitCode()).isEqualTo(2);
        assertThat(exists.err()).contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");

        CliRun unknown = summary("--client", "999", "--out", tmp.resolve("nobody.pdf").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("There is no client with id 999.");

        CliRun backwards = CliRun.run("summary", "--data-dir", vaultDir.toString(), "--passphrase-file", passphraseFile,
                "--client", "1", "--from", "2026-11-20", "--to", "2026-05-20", "--out", tmp.resolve("x.pdf").toString());
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("ends (2026-05-20) before it starts (2026-11-20)");

        CliRun broken = summary("--client", Long.toString(BROKEN), "--out", tmp.resolve("broken.pdf").toString());
        assertThat(broken.exitCode()).isEqualTo(10);
        assertThat(broken.err()).contains("U+13000").doesNotContain("Exception");
        assertThat(tmp.resolve("broken.pdf")).doesNotExist();
    }

    @Test
    void aCancelledSummaryLeavesNoFile() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("cancel"));
        CancellationFlag cancel = new CancellationFlag();
        try (Vault vault = TestVaults.open(vaultDir)) {
            SummaryService service = new SummaryService(SummaryRepository.of(vault, TestVaults.CLOCK), TestVaults.CLOCK, SummaryPdf.RENDERER);
            // cancelled while the pages are being laid out, i.e. after work has begun
            ProgressListener cancelMidway = (done, total, message) -> {
                if (done == 2) {
                    cancel.cancel();
                }
            };
            assertThatThrownBy(() -> service.render(new SummaryRequest(1, SummaryFixture.PERIOD, SummaryOptions.defaults(),
                    folder.resolve("c.pdf")), cancelMidway, cancel))
                    .isInstanceOfSatisfying(SummaryException.class,
                            e -> assertThat(e.problem()).isEqualTo(SummaryProblem.CANCELLED));
            BatchReport report = service.renderBatch(new BatchRequest(List.of(1L, 2L), SummaryFixture.PERIOD,
                    SummaryOptions.defaults(), folder), ProgressListener.NONE, cancel);
            assertThat(report.cancelled()).isTrue();
            assertThat(report.notStarted()).isEqualTo(2);
        }
        assertThat(files(folder)).isEmpty();
    }
}
