package org.goldseam.app.summary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.workspace.ObservableModel;
import org.goldseam.app.workspace.Problems;
import org.goldseam.export.ExportResult;
import org.goldseam.summary.SummaryException;
import org.jspecify.annotations.Nullable;

/**
 * "Export record…" for one client (right of access): the folder, which files (PDF and JSON by
 * default), and whether the private psychotherapy notes go in too (off unless the clinician ticks
 * it, with a warning while ticked). Then the export runs through {@link BackgroundTasks} with its
 * steps as progress, ending in DONE (the files) or FAILED (a sentence for the clinician). Free of Swing.
 */
public final class RecordExportPresenter extends ObservableModel<RecordExportProperty> {
    static final String PRIVATE_NOTES_WARNING = "The files will contain your private psychotherapy notes. They are "
            + "kept apart from the record because the client\u2019s right of access does not cover them. Share these "
            + "files only if you mean to.";

    private final RecordExporter exporter;
    private final BackgroundTasks tasks;
    private final Executor deliver;
    private final long clientId;
    private String clientName;
    private Path folder;
    private RecordFormat format = RecordFormat.BOTH;
    private boolean includePrivateNotes;
    private RenderState state = RenderState.EDITING;
    private Progress progress = Progress.NONE;
    private @Nullable String message;
    private @Nullable ExportResult result;
    /** Bumped by {@link #clear()}: what a running export delivers afterwards is dropped. */
    private long ticket;

    /**
     * @param tasks runs the export off the event thread
     * @param deliver brings progress back to where {@code tasks} delivers results (the event thread in the app)
     */
    public RecordExportPresenter(RecordExporter exporter, BackgroundTasks tasks, Executor deliver, long clientId,
                                 String clientName, Path folder) {
        this.exporter = Objects.requireNonNull(exporter);
        this.tasks = Objects.requireNonNull(tasks);
        this.deliver = Objects.requireNonNull(deliver);
        this.clientId = clientId;
        this.clientName = Objects.requireNonNull(clientName);
        this.folder = Objects.requireNonNull(folder);
    }

    public long clientId() {
        return clientId;
    }

    /** Empty after {@link #clear()}. */
    public String clientName() {
        return clientName;
    }

    public Path folder() {
        return folder;
    }

    public void setFolder(Path newFolder) {
        Path old = folder;
        folder = Objects.requireNonNull(newFolder);
        changed(RecordExportProperty.FOLDER, old, newFolder);
        backToEditing();
    }

    public RecordFormat format() {
        return format;
    }

    public void setFormat(RecordFormat newFormat) {
        RecordFormat old = format;
        format = Objects.requireNonNull(newFormat);
        changed(RecordExportProperty.FORMAT, old, newFormat);
        backToEditing();
    }

    public boolean includePrivateNotes() {
        return includePrivateNotes;
    }

    public void setIncludePrivateNotes(boolean include) {
        boolean old = includePrivateNotes;
        includePrivateNotes = include;
        changed(RecordExportProperty.INCLUDE_PRIVATE_NOTES, old, include);
        backToEditing();
    }

    /** The warning to show while the private notes are chosen, else null. */
    public @Nullable String privateNotesWarning() {
        return includePrivateNotes ? PRIVATE_NOTES_WARNING : null;
    }

    public RenderState state() {
        return state;
    }

    public Progress progress() {
        return progress;
    }

    public @Nullable String message() {
        return message;
    }

    /** The files written, once DONE; else null. */
    public @Nullable ExportResult result() {
        return result;
    }

    /** The file "Open" opens: the PDF when one was written (it is the one meant for reading), else the JSON. */
    public @Nullable Path fileToOpen() {
        if (result == null || result.files().isEmpty()) {
            return null;
        }
        return result.files().stream().filter(f -> f.getFileName().toString().endsWith(".pdf")).findFirst()
                .orElse(result.files().get(0));
    }

    /** Starts the export, unless the folder cannot be used (the reason is then the message). */
    public void export() {
        if (state == RenderState.RENDERING) {
            return;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (Files.exists(folder) ? !Files.isDirectory(folder) : parent == null || !Files.isDirectory(parent)) {
            setMessage("That folder cannot be used: choose an existing folder, or a new one inside an existing folder.");
            return;
        }
        long mine = ++ticket;
        setResult(null);
        setMessage(null);
        setProgress(new Progress(0, 0, "Starting"));
        setState(RenderState.RENDERING);
        Path into = folder;
        boolean withPrivate = includePrivateNotes;
        RecordFormat chosen = format;
        tasks.run(() -> exporter.export(clientId, into, withPrivate, chosen, (done, total, step) ->
                deliver.execute(() -> {
                    if (mine == ticket && state == RenderState.RENDERING) {
                        setProgress(new Progress(done, total, step));
                    }
                })), written -> {
                    if (mine == ticket) {
                        setResult(written);
                        setProgress(Progress.NONE);
                        setState(RenderState.DONE);
                    }
                }, error -> {
                    if (mine == ticket) {
                        setProgress(Progress.NONE);
                        setMessage(describe(error));
                        setState(RenderState.FAILED);
                    }
                });
    }

    /** A sentence for the clinician; never a stack trace, never the database's words. */
    static @Nullable String describe(Throwable error) {
        if (error instanceof SummaryException refused) {
            // the glyph check names the characters and where they are: the one message that quotes the record, on purpose
            return refused.getMessage();
        }
        if (error instanceof java.io.IOException || error instanceof java.io.UncheckedIOException) {
            return "The files could not be saved in that folder. Check that it exists, that you may write there, "
                    + "and that the disk is not full. Nothing was exported.";
        }
        if (error instanceof java.util.NoSuchElementException) {
            return "This client is no longer in the vault, so there is nothing to export.";
        }
        return Problems.describe(error);
    }

    /** Forgets the client (the vault is locking): drops the result and whatever a running export still delivers. */
    public void clear() {
        ticket++;
        clientName = "";
        setResult(null);
        setProgress(Progress.NONE);
        setMessage(null);
        setState(RenderState.EDITING);
    }

    /** A changed choice after a finished export: the form is being edited again. */
    private void backToEditing() {
        if (state.finished()) {
            setResult(null);
            setMessage(null);
            setState(RenderState.EDITING);
        }
    }

    private void setState(RenderState newState) {
        RenderState old = state;
        state = newState;
        changed(RecordExportProperty.STATE, old, newState);
    }

    private void setProgress(Progress newProgress) {
        Progress old = progress;
        progress = newProgress;
        changed(RecordExportProperty.PROGRESS, old, newProgress);
    }

    private void setMessage(@Nullable String newMessage) {
        String old = message;
        message = newMessage;
        changed(RecordExportProperty.MESSAGE, old, newMessage);
    }

    private void setResult(@Nullable ExportResult newResult) {
        ExportResult old = result;
        result = newResult;
        changed(RecordExportProperty.RESULT, old, newResult);
    }
}
