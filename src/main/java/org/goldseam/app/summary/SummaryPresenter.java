package org.goldseam.app.summary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.summary.SummaryRequest;
import org.goldseam.summary.SummaryResult;
import org.goldseam.summary.SummaryService;
import org.jspecify.annotations.Nullable;

/**
 * The Summary action for one client: the period (a preset or custom dates), the sections, initials
 * only and the file; then rendering with progress and cancel, ending in DONE (the file and its page
 * count), FAILED (a sentence from the summary engine) or CANCELLED (no file). Free of Swing.
 *
 * <p>The file name follows the period until the clinician picks a file of their own. The default
 * name carries the client's id and the dates, never the name, so a folder listing gives nothing away.
 */
public final class SummaryPresenter extends ExportForm {
    private final SummaryService service;
    private final long clientId;
    private String clientName;
    private final Path folder;
    private Path output;
    private boolean outputChosen;
    private @Nullable SummaryResult result;

    /**
     * @param folder where the default file goes (the Documents folder in the app)
     * @param renderer runs the rendering, off the event thread and off the vault worker
     * @param deliver brings results back (the event thread in the app)
     */
    public SummaryPresenter(SummaryService service, Clock clock, AppPreferences preferences, long clientId,
                            String clientName, Path folder, Executor renderer, Executor deliver) {
        super(clock, preferences, renderer, deliver);
        this.service = Objects.requireNonNull(service);
        this.clientId = clientId;
        this.clientName = Objects.requireNonNull(clientName);
        this.folder = Objects.requireNonNull(folder);
        this.output = defaultOutput();
    }

    public long clientId() {
        return clientId;
    }

    /** The name the dialog shows in its title; empty after {@link #clear()}. */
    public String clientName() {
        return clientName;
    }

    public Path output() {
        return output;
    }

    /** The clinician's own file; ".pdf" is added when the name has no extension. */
    public void setOutput(Path file) {
        Objects.requireNonNull(file);
        String name = file.getFileName().toString();
        Path chosen = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
        outputChosen = true;
        setOutputPath(chosen);
    }

    /** Whether making the summary now would meet a file of the same name. */
    public boolean outputExists() {
        return Files.exists(output);
    }

    @Override
    protected void periodChanged() {
        if (!outputChosen && period().problem().isEmpty()) {
            setOutputPath(defaultOutput());
        }
    }

    private Path defaultOutput() {
        return folder.resolve(SummaryService.fileName(clientId, period().period()));
    }

    private void setOutputPath(Path file) {
        Path old = output;
        output = file;
        if (fire(SummaryProperty.OUTPUT, old, file)) {
            // leave to replace was given for the file the clinician saw named, not for the next one
            setReplaceExisting(false);
        }
    }

    /** The written summary once DONE, else null. */
    public @Nullable SummaryResult result() {
        return result;
    }

    /** Starts rendering, unless the form says why it cannot (the reason is then the message). */
    public void render() {
        var problem = period().problem();
        if (problem.isPresent()) {
            refuse(problem.get());
            return;
        }
        if (output.getParent() == null || !Files.isDirectory(output.getParent())) {
            refuse("The folder for the summary does not exist; choose another place to save it.");
            return;
        }
        SummaryRequest request = new SummaryRequest(clientId, period().period(), options(), output);
        start((listener, cancel) -> service.render(request, listener, cancel), written -> {
            setResult(written);
            finish(RenderState.DONE, null);
        });
    }

    private void setResult(@Nullable SummaryResult newResult) {
        SummaryResult old = result;
        result = newResult;
        fire(SummaryProperty.RESULT, old, newResult);
    }

    @Override
    protected void resetOutcome() {
        setResult(null);
    }

    @Override
    public void clear() {
        super.clear();
        clientName = "";
    }
}
