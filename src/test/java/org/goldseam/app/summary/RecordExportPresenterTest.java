package org.goldseam.app.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.export.ExportResult;
import org.goldseam.summary.SummaryException;
import org.goldseam.summary.SummaryFixture;
import org.goldseam.summary.SummaryProblem;
import org.goldseam.testing.Headless;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordExportPresenterTest {
    static {
        Headless.whenNoDisplay();
    }

    @TempDir
    Path tmp;

    private final List<String> calls = new ArrayList<>();
    private final List<Progress> progress = new ArrayList<>();

    private RecordExportPresenter presenter(RecordExporter exporter) {
        RecordExportPresenter presenter = new RecordExportPresenter(exporter, BackgroundTasks.synchronous(), Runnable::run,
                42, "Ana Invented", tmp);
        presenter.addListener(RecordExportProperty.PROGRESS, e -> progress.add((Progress) e.getNewValue()));
        return presenter;
    }

    /** Writes empty files named as the real export names them, and says which steps it took. */
    private RecordExporter fake() {
        return (clientId, folder, withPrivate, format, steps) -> {
            calls.add(clientId + " " + folder.getFileName() + " " + withPrivate + " " + format);
            steps.step(0, 3, "Reading the record");
            Files.createDirectories(folder); // as the real export does
            List<Path> files = new ArrayList<>();
            for (String ext : format == RecordFormat.BOTH ? List.of("json", "pdf") : List.of(format.name().toLowerCase(java.util.Locale.ROOT))) {
                files.add(Files.writeString(folder.resolve("record." + ext), ""));
            }
            steps.step(3, 3, "Saved");
            return new ExportResult(files, withPrivate);
        };
    }

    @Test
    void startsWithBothFilesAndWithoutThePrivateNotesAndWarnsOnlyWhileTheyAreChosen() {
        RecordExportPresenter presenter = presenter(fake());
        assertThat(presenter.format()).isEqualTo(RecordFormat.BOTH);
        assertThat(presenter.includePrivateNotes()).isFalse();
        assertThat(presenter.privateNotesWarning()).isNull();
        assertThat(presenter.folder()).isEqualTo(tmp);

        presenter.setIncludePrivateNotes(true);
        assertThat(presenter.privateNotesWarning()).contains("private psychotherapy notes").contains("right of access");
        presenter.setIncludePrivateNotes(false);
        assertThat(presenter.privateNotesWarning()).isNull();
    }

    @Test
    void exportsWithTheChoicesShowsItsStepsAndOpensThePdf() {
        RecordExportPresenter presenter = presenter(fake());
        presenter.setIncludePrivateNotes(true);
        presenter.export();

        assertThat(calls).containsExactly("42 " + tmp.getFileName() + " true BOTH");
        assertThat(progress).extracting(Progress::message).contains("Reading the record", "Saved");
        assertThat(presenter.state()).isEqualTo(RenderState.DONE);
        assertThat(presenter.result().files()).hasSize(2);
        assertThat(presenter.fileToOpen().getFileName().toString()).isEqualTo("record.pdf");

        presenter.setFormat(RecordFormat.JSON); // a changed choice: back to the form, the old result gone
        assertThat(presenter.state()).isEqualTo(RenderState.EDITING);
        assertThat(presenter.result()).isNull();
        presenter.export();
        assertThat(presenter.fileToOpen().getFileName().toString()).isEqualTo("record.json");
    }

    @Test
    void aGlyphRefusalIsShownInTheEngineWordsAndADiskErrorInPlainOnes() {
        String refusal = "The client record PDF was not written: the fonts Goldseam embeds in PDFs have no glyph for this character: U+0915";
        RecordExportPresenter refused = presenter((id, folder, p, f, s) -> {
            throw new SummaryException(SummaryProblem.UNRENDERABLE_TEXT, refusal);
        });
        refused.export();
        assertThat(refused.state()).isEqualTo(RenderState.FAILED);
        assertThat(refused.message()).isEqualTo(refusal);
        assertThat(refused.result()).isNull();

        RecordExportPresenter diskFull = presenter((id, folder, p, f, s) -> {
            throw new IOException("No space left on device: /secret/path/Ana.json");
        });
        diskFull.export();
        assertThat(diskFull.state()).isEqualTo(RenderState.FAILED);
        assertThat(diskFull.message()).contains("could not be saved").doesNotContain("IOException").doesNotContain("/secret");
    }

    @Test
    void refusesAFolderWhoseParentIsMissing() {
        RecordExportPresenter presenter = presenter(fake());
        presenter.setFolder(tmp.resolve("no-such").resolve("deeper"));
        presenter.export();
        assertThat(calls).isEmpty();
        assertThat(presenter.state()).isEqualTo(RenderState.EDITING);
        assertThat(presenter.message()).contains("choose an existing folder");

        presenter.setFolder(tmp.resolve("new-inside-existing"));
        presenter.export();
        assertThat(presenter.state()).isEqualTo(RenderState.DONE);
    }

    @Test
    void whatARunningExportDeliversAfterClearIsDropped() {
        List<Runnable> queued = new ArrayList<>();
        RecordExportPresenter presenter = new RecordExportPresenter(fake(), new BackgroundTasks(queued::add, Runnable::run),
                Runnable::run, 42, "Ana Invented", tmp);
        presenter.export();
        assertThat(presenter.state()).isEqualTo(RenderState.RENDERING);
        presenter.clear();
        queued.forEach(Runnable::run);
        assertThat(presenter.state()).isEqualTo(RenderState.EDITING);
        assertThat(presenter.result()).isNull();
        assertThat(presenter.clientName()).isEmpty();
    }

    @Test
    void theRealExporterWritesThePdfAndTheJson() throws Exception {
        Path vaultDir = tmp.resolve("vault");
        SummaryFixture.create(vaultDir, tmp);
        try (Vault vault = TestVaults.open(vaultDir)) {
            RecordExportPresenter presenter = new RecordExportPresenter(RecordExporter.of(vault, TestVaults.CLOCK, "Dr Ana Q. Invented"),
                    BackgroundTasks.synchronous(), Runnable::run, SummaryFixture.CLIENT, SummaryFixture.NAME, tmp.resolve("out"));
            presenter.export();
            assertThat(presenter.state()).as(presenter.message()).isEqualTo(RenderState.DONE);
            assertThat(presenter.result().files()).extracting(f -> f.getFileName().toString())
                    .allMatch(name -> name.startsWith("goldseam-record-client-1-")).hasSize(2);
            assertThat(presenter.fileToOpen().toString()).endsWith(".pdf");
        }
    }
}
