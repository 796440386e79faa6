package org.goldseam.app.summary;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.clients.ClientStatus;
import org.goldseam.app.services.ClientService;
import org.goldseam.summary.BatchReport;
import org.goldseam.summary.BatchRequest;
import org.goldseam.summary.SummaryService;
import org.jspecify.annotations.Nullable;

/**
 * Batch export: a summary for every active client, or for the clients the clinician ticks, for one
 * period, into one folder; with progress, cancel, and a final report of what was written and what
 * could not be, and why. One client that fails never stops the others (the engine goes on). Free of Swing.
 */
public final class BatchExportPresenter extends ExportForm {
    /** Whom the batch covers. */
    public enum Scope {
        ALL_ACTIVE, SELECTION
    }

    /** A client the clinician may tick. */
    public record ClientChoice(long id, String name, ClientStatus status) {
    }

    private final SummaryService service;
    private final ClientService clients;
    private Scope scope = Scope.ALL_ACTIVE;
    private List<ClientChoice> choices = List.of();
    private Set<Long> selected = Set.of();
    private Path folder;
    private @Nullable BatchReport report;

    /**
     * @param folder where the summaries go until the clinician picks another folder; created when needed
     */
    public BatchExportPresenter(SummaryService service, ClientService clients, Clock clock,
                                AppPreferences preferences, Path folder, Executor renderer, Executor deliver) {
        super(clock, preferences, renderer, deliver);
        this.service = Objects.requireNonNull(service);
        this.clients = Objects.requireNonNull(clients);
        this.folder = Objects.requireNonNull(folder);
    }

    /** The default folder: a dated folder inside {@code parent}, so a batch never mixes with other files. */
    public static Path defaultFolder(Path parent, Clock clock) {
        return parent.resolve("Goldseam summaries " + java.time.LocalDate.now(clock));
    }

    /** Reads the clients to choose from: active ones first, then by name. */
    public void loadClients() {
        read(() -> clients.listAll().stream()
                .map(c -> new ClientChoice(c.id(), c.fullName(), c.status()))
                .sorted(Comparator.comparing((ClientChoice c) -> c.status() != ClientStatus.ACTIVE)
                        .thenComparing(ClientChoice::name, String.CASE_INSENSITIVE_ORDER))
                .toList(), this::setChoices);
    }

    public List<ClientChoice> choices() {
        return choices;
    }

    private void setChoices(List<ClientChoice> loaded) {
        List<ClientChoice> old = choices;
        choices = List.copyOf(loaded);
        selected = Set.copyOf(selected.stream().filter(id -> choices.stream().anyMatch(c -> c.id() == id)).toList());
        fire(SummaryProperty.CLIENTS, old, choices);
    }

    public Scope scope() {
        return scope;
    }

    public void setScope(Scope newScope) {
        Scope old = scope;
        scope = Objects.requireNonNull(newScope);
        fire(SummaryProperty.CLIENTS, old, newScope);
    }

    public Set<Long> selected() {
        return selected;
    }

    /** Ticks or unticks a client; ticking anyone switches the batch to the selection. */
    public void select(long clientId, boolean chosen) {
        Set<Long> next = new LinkedHashSet<>(selected);
        if (chosen) {
            next.add(clientId);
        } else {
            next.remove(clientId);
        }
        Set<Long> old = selected;
        selected = Set.copyOf(next);
        fire(SummaryProperty.CLIENTS, old, selected);
        if (chosen) {
            setScope(Scope.SELECTION);
        }
    }

    public Path folder() {
        return folder;
    }

    public void setFolder(Path newFolder) {
        Path old = folder;
        folder = Objects.requireNonNull(newFolder);
        fire(SummaryProperty.OUTPUT, old, newFolder);
    }

    /** The report once DONE or CANCELLED, else null. */
    public @Nullable BatchReport report() {
        return report;
    }

    /** Starts the batch, unless the form says why it cannot (the reason is then the message). */
    public void export() {
        var problem = period().problem();
        if (problem.isPresent()) {
            refuse(problem.get());
            return;
        }
        // the selection runs in list order, so the report reads like the list the clinician ticked
        List<Long> chosen = choices.stream().map(ClientChoice::id).filter(selected::contains).toList();
        if (scope == Scope.SELECTION && chosen.isEmpty()) {
            refuse("Tick at least one client, or export all active clients.");
            return;
        }
        Scope running = scope;
        var period = period().period();
        var options = options();
        Path target = folder;
        start((listener, cancel) -> {
            List<Long> ids = running == Scope.ALL_ACTIVE ? service.activeClientIds() : chosen;
            return service.renderBatch(new BatchRequest(ids, period, options, target), listener, cancel);
        }, this::finished);
    }

    private void finished(BatchReport done) {
        setReport(done);
        int written = done.written().size();
        int failed = done.failed().size();
        int total = done.items().size() + done.notStarted();
        if (done.cancelled()) {
            finish(RenderState.CANCELLED, "Cancelled: " + count(written, "summary", "summaries") + " written, "
                    + done.notStarted() + " not started" + (failed > 0 ? ", " + failed + " could not be written." : "."));
        } else if (total == 0) {
            finish(RenderState.DONE, "There are no active clients, so no summary was written.");
        } else if (failed == 0 && total == 1) {
            finish(RenderState.DONE, "The summary was written.");
        } else if (failed == 0) {
            finish(RenderState.DONE, "All " + count(total, "summary", "summaries") + " were written.");
        } else {
            finish(RenderState.DONE, "Wrote " + written + " of " + count(total, "summary", "summaries") + "; "
                    + failed + " could not be written (see below).");
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private void setReport(@Nullable BatchReport newReport) {
        BatchReport old = report;
        report = newReport;
        fire(SummaryProperty.RESULT, old, newReport);
    }

    @Override
    protected void resetOutcome() {
        setReport(null);
    }

    @Override
    public void clear() {
        super.clear();
        setChoices(List.of());
        selected = Set.of();
    }
}
