package org.goldseam.summary;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.goldseam.summary.SummaryFacts.ClientFact;
import org.goldseam.summary.persistence.SummaryRepository;
import org.goldseam.summary.render.SummaryPdf;
import org.goldseam.vault.Vault;
import org.jspecify.annotations.Nullable;

/**
 * Makes progress summaries as PDF files, for one client or a batch. Free of Swing: the desktop app
 * calls it off the event thread with a {@link ProgressListener} and a {@link CancellationFlag}, the
 * command line calls it directly.
 *
 * <p>A file appears complete or not at all: the PDF is written to a temporary file beside the target
 * and moved into place only when it is finished.
 */
public final class SummaryService {
    private static final int STEPS = 4;

    private final SummarySource source;
    private final Clock clock;
    private final SummaryRenderer renderer;
    private final Written written;

    /**
     * Told of every summary file once it is in place, before {@code render} returns. If it throws,
     * the file is removed again and the exception propagates: the application services audit each
     * summary here, so no summary exists that the audit trail does not name.
     */
    @FunctionalInterface
    public interface Written {
        Written NONE = (clientId, file, inBatch) -> { };

        void written(long clientId, Path file, boolean inBatch);
    }

    /** A service that tells nobody of the files it writes (benchmarks and tests of the rendering). */
    public SummaryService(SummarySource source, Clock clock, SummaryRenderer renderer) {
        this(source, clock, renderer, Written.NONE);
    }

    public SummaryService(SummarySource source, Clock clock, SummaryRenderer renderer, Written written) {
        this.source = Objects.requireNonNull(source);
        this.clock = Objects.requireNonNull(clock);
        this.renderer = Objects.requireNonNull(renderer);
        this.written = Objects.requireNonNull(written);
    }

    /** Clients a batch of "all active clients" covers, by id. */
    public List<Long> activeClientIds() {
        return source.activeClients().stream().map(ClientFact::id).toList();
    }

    /** The file name a batch gives a client's summary; it carries no name, only the id and the period. */
    public static String fileName(long clientId, SummaryPeriod period) {
        return "summary-client-" + clientId + "_" + period.from() + "_" + period.to() + ".pdf";
    }

    /** Assembles one summary without writing it: what the PDF will show, for previews and tests. */
    public SummaryDocument assemble(long clientId, SummaryPeriod period, SummaryOptions options) {
        ClientFact client = source.client(clientId).orElseThrow(() -> noSuchClient(clientId));
        return new SummaryAssembler(source, clock.getZone()).assemble(client, period, options, LocalDate.now(clock));
    }

    public SummaryResult render(SummaryRequest request, ProgressListener listener, CancellationFlag cancel) {
        return render(request, listener, cancel, false);
    }

    private SummaryResult render(SummaryRequest request, ProgressListener listener, CancellationFlag cancel, boolean inBatch) {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancel, "cancel");
        cancel.check();
        Path target = request.output().toAbsolutePath();
        if (!request.options().replaceExisting() && Files.exists(target)) {
            throw new SummaryException(SummaryProblem.OUTPUT_EXISTS,
                    "The file " + target + " already exists. Choose another name, or allow replacing it.");
        }
        listener.progress(0, STEPS, "Reading the record");
        SummaryDocument summary = assemble(request.clientId(), request.period(), request.options());
        cancel.check();
        listener.progress(1, STEPS, "Checking the fonts and drawing the charts");
        SummaryRenderer.Prepared prepared = renderer.prepare(summary);
        cancel.check();
        listener.progress(2, STEPS, "Laying out the pages");
        Path partial = null;
        try {
            Path folder = target.getParent();
            partial = Files.createTempFile(folder, ".goldseam-summary-", ".part");
            int pages;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                pages = prepared.writeTo(out);
            }
            cancel.check();
            listener.progress(3, STEPS, "Saving the file");
            if (request.options().replaceExisting()) {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // a plain rename in the same folder; unlike ATOMIC_MOVE it refuses to replace a file
                Files.move(partial, target);
            }
            partial = null;
            tell(request.clientId(), target, inBatch);
            listener.progress(STEPS, STEPS, "Done");
            return new SummaryResult(request.clientId(), target, pages, Files.size(target));
        } catch (FileAlreadyExistsException e) {
            throw new SummaryException(SummaryProblem.OUTPUT_EXISTS,
                    "The file " + target + " already exists. Choose another name, or allow replacing it.", e);
        } catch (NoSuchFileException e) {
            throw new SummaryException(SummaryProblem.OUTPUT_FAILED,
                    "The folder " + target.getParent() + " does not exist; nothing was written.", e);
        } catch (AccessDeniedException e) {
            throw new SummaryException(SummaryProblem.OUTPUT_FAILED,
                    "Goldseam may not write to " + target.getParent() + "; nothing was written.", e);
        } catch (IOException e) {
            throw new SummaryException(SummaryProblem.OUTPUT_FAILED, "The summary could not be saved to " + target
                    + " (" + e.getClass().getSimpleName() + "); nothing was written.", e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /**
     * Writes one summary per client into the request's folder. A client that fails is reported and
     * the batch goes on; a cancel stops it before the next client and keeps what was written.
     */
    public BatchReport renderBatch(BatchRequest request, ProgressListener listener, CancellationFlag cancel) {
        try {
            Files.createDirectories(request.folder());
        } catch (IOException e) {
            throw new SummaryException(SummaryProblem.OUTPUT_FAILED, "The folder " + request.folder()
                    + " cannot be created (" + e.getClass().getSimpleName() + "); no summary was written.", e);
        }
        List<BatchItem> items = new ArrayList<>();
        List<Long> ids = request.clientIds();
        for (int i = 0; i < ids.size(); i++) {
            if (cancel.isCancelled()) {
                return new BatchReport(items, ids.size() - i, true);
            }
            long id = ids.get(i);
            listener.progress(i, ids.size(), "Summary " + (i + 1) + " of " + ids.size());
            String name = source.client(id)
                    .map(c -> request.options().initialsOnly() ? ClientInitials.of(c.fullName()) : c.fullName()).orElse("");
            Path file = request.folder().resolve(fileName(id, request.period()));
            try {
                SummaryResult result = render(new SummaryRequest(id, request.period(), request.options(), file),
                        ProgressListener.NONE, cancel, true);
                items.add(BatchItem.written(id, name, result));
            } catch (SummaryException e) {
                if (e.problem() == SummaryProblem.CANCELLED) {
                    return new BatchReport(items, ids.size() - i, true);
                }
                items.add(BatchItem.failed(id, name, e));
            } catch (RuntimeException e) {
                // one client's unexpected failure must not cost the others their summaries
                items.add(BatchItem.failed(id, name, new SummaryException(SummaryProblem.UNEXPECTED,
                        "An unexpected error stopped this summary (" + e.getClass().getName() + ").", e)));
            }
        }
        listener.progress(ids.size(), ids.size(), "Done");
        return new BatchReport(items, 0, false);
    }

    /** Tells {@link #written}; a file it refuses (its audit entry failed) is taken back. */
    private void tell(long clientId, Path target, boolean inBatch) throws IOException {
        try {
            written.written(clientId, target, inBatch);
        } catch (RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    private static SummaryException noSuchClient(long clientId) {
        return new SummaryException(SummaryProblem.NO_SUCH_CLIENT, "There is no client with id " + clientId + ".");
    }

    private static void deleteQuietly(@Nullable Path partial) {
        if (partial != null) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // the temporary file is hidden and holds no more than the target would have; leaving it is harmless
            }
        }
    }
}
