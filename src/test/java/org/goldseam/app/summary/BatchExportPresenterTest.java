package org.goldseam.app.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.app.summary.BatchExportPresenter.ClientChoice;
import org.goldseam.app.summary.BatchExportPresenter.Scope;
import org.goldseam.app.workspace.DemoWorkspace;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.ClientStatus;
import org.goldseam.summary.BatchItem;
import org.goldseam.summary.SummaryProblem;
import org.goldseam.summary.SummaryService;
import org.goldseam.testing.Headless;
import org.goldseam.testing.TestVaults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch export on its own demo caseload plus one broken client, whose name holds an Egyptian
 * hieroglyph no shipped font can draw. The 3-month period keeps the batches quick.
 */
class BatchExportPresenterTest {
    static {
        Headless.whenNoDisplay();
    }

    /** EGYPTIAN HIEROGLYPH A001: neither DejaVu Sans nor Droid Sans Fallback has it. */
    private static final String UNDRAWABLE = new String(Character.toChars(0x13000));

    @TempDir
    static Path tmp;
    private static DemoWorkspace demo;
    private static long broken;

    @TempDir
    Path out;

    @BeforeAll
    static void caseloadWithOneBrokenClient() throws Exception {
        demo = DemoWorkspace.create(tmp);
        broken = demo.services().clients().create("Dr Imaginary", ClientDetails.of("Ingrid " + UNDRAWABLE + " Berg", LocalDate.of(2026, 9, 1)));
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    private BatchExportPresenter presenter(java.util.concurrent.Executor renderer, java.util.concurrent.Executor deliver) {
        BatchExportPresenter presenter = new BatchExportPresenter(org.goldseam.app.services.Exports.summaries(demo.services().vault(), TestVaults.CLOCK, "Dr Imaginary"),
                demo.services().clients(), TestVaults.CLOCK, AppPreferences.defaults(), out.resolve("batch"), renderer, deliver);
        presenter.choosePreset(PeriodPreset.LAST_3_MONTHS);
        return presenter;
    }

    private BatchExportPresenter presenter() {
        return presenter(Runnable::run, Runnable::run);
    }

    private List<Path> written() throws Exception {
        try (Stream<Path> listing = Files.list(out.resolve("batch"))) {
            return listing.sorted().toList();
        }
    }

    private static List<Long> activeIds() {
        return demo.services().clients().listAll().stream().filter(c -> c.status() == ClientStatus.ACTIVE)
                .map(c -> c.id()).toList();
    }

    @Test
    void allActiveClientsAreWrittenAndTheBrokenOneIsReportedWithItsReason() throws Exception {
        BatchExportPresenter presenter = presenter();
        presenter.export();
        int active = activeIds().size();
        assertThat(presenter.state()).isEqualTo(RenderState.DONE);
        assertThat(presenter.report().written()).hasSize(active - 1);
        assertThat(presenter.report().failed()).singleElement().satisfies(item -> {
            assertThat(item.clientId()).isEqualTo(broken);
            assertThat(item.problem()).isEqualTo(SummaryProblem.UNRENDERABLE_TEXT);
            assertThat(item.message()).contains("U+13000");
        });
        assertThat(presenter.message()).isEqualTo("Wrote " + (active - 1) + " of " + active
                + " summaries; 1 could not be written (see below).");
        assertThat(presenter.progress().percent()).isEqualTo(100);
        assertThat(written()).hasSize(active - 1).allSatisfy(file ->
                assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Test
    void aSelectionRunsInListOrderAndOnlyThoseClientsAreWritten() throws Exception {
        BatchExportPresenter presenter = presenter();
        presenter.loadClients();
        List<ClientChoice> choices = presenter.choices();
        assertThat(choices).hasSize(activeIds().size() + (int) demo.services().clients().listAll().stream()
                .filter(c -> c.status() != ClientStatus.ACTIVE).count());
        assertThat(choices.get(0).status()).isEqualTo(ClientStatus.ACTIVE);
        ClientChoice first = choices.get(0);
        ClientChoice second = choices.get(1);
        presenter.select(second.id(), true);
        presenter.select(broken, true);
        presenter.select(first.id(), true);
        assertThat(presenter.scope()).isEqualTo(Scope.SELECTION);

        presenter.export();

        assertThat(presenter.report().items()).extracting(BatchItem::clientId)
                .containsExactlyElementsOf(choices.stream().map(ClientChoice::id)
                        .filter(id -> id == first.id() || id == second.id() || id == broken).toList());
        assertThat(presenter.report().written()).extracting(BatchItem::clientId).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(written()).hasSize(2);
    }

    @Test
    void anEmptySelectionIsRefusedWithASentence() {
        BatchExportPresenter presenter = presenter();
        presenter.setScope(Scope.SELECTION);
        presenter.export();
        assertThat(presenter.state()).isEqualTo(RenderState.EDITING);
        assertThat(presenter.message()).isEqualTo("Tick at least one client, or export all active clients.");
    }

    @Test
    void cancellingKeepsWhatWasWrittenAndSaysWhatWasNotStarted() throws Exception {
        BatchExportPresenter presenter = presenter();
        presenter.addListener(SummaryProperty.PROGRESS, e -> {
            if (((Progress) e.getNewValue()).done() == 2) {
                presenter.cancel();
            }
        });
        presenter.export();
        int active = activeIds().size();
        assertThat(presenter.state()).isEqualTo(RenderState.CANCELLED);
        assertThat(presenter.report().written()).hasSize(2);
        assertThat(presenter.report().notStarted()).isEqualTo(active - 2);
        assertThat(presenter.message()).isEqualTo("Cancelled: 2 summaries written, " + (active - 2) + " not started.");
        assertThat(written()).hasSize(2);
    }

    @Test
    void theVaultStaysWritableWhileABatchRendersOnItsOwnThread() throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        AtomicBoolean rendering = new AtomicBoolean(true);
        AtomicInteger writesWhileRendering = new AtomicInteger();
        BatchExportPresenter presenter = presenter(job -> new Thread(job, "test-renderer").start(), Runnable::run);
        CountDownLatch loaded = new CountDownLatch(1);
        presenter.addListener(SummaryProperty.CLIENTS, e -> loaded.countDown());
        presenter.loadClients();
        assertThat(loaded.await(1, TimeUnit.MINUTES)).isTrue();
        presenter.choices().stream().limit(4).forEach(c -> presenter.select(c.id(), true));
        presenter.addListener(SummaryProperty.STATE, e -> {
            if (((RenderState) e.getNewValue()).finished()) {
                rendering.set(false);
                finished.countDown();
            }
        });
        // as autosaves would: writes on another thread for as long as the renderer reads and draws
        Thread writer = new Thread(() -> {
            while (rendering.get()) {
                long id = demo.services().clients().create("Dr Imaginary", ClientDetails.of("Wren Testwright", LocalDate.of(2026, 11, 1)));
                demo.services().clients().changeStatus(id, ClientStatus.PAUSED);
                if (rendering.get()) {
                    writesWhileRendering.incrementAndGet();
                }
            }
        }, "test-writer");
        presenter.export();
        writer.start();
        assertThat(finished.await(5, TimeUnit.MINUTES)).isTrue();
        writer.join(60_000);
        assertThat(presenter.state()).isEqualTo(RenderState.DONE);
        assertThat(presenter.report().written()).hasSize(4);
        assertThat(writesWhileRendering.get()).isPositive();
    }

    @Test
    void clearingForgetsTheClientsAndTheReport() {
        BatchExportPresenter presenter = presenter();
        presenter.loadClients();
        presenter.select(broken, true);
        presenter.export();
        assertThat(presenter.report()).isNotNull();
        presenter.clear();
        assertThat(presenter.choices()).isEmpty();
        assertThat(presenter.selected()).isEmpty();
        assertThat(presenter.report()).isNull();
        assertThat(presenter.state()).isEqualTo(RenderState.EDITING);
    }
}
