package org.goldseam.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.goldseam.app.services.Clinicians;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.export.ExportResult;
import org.goldseam.export.JsonRecordWriter;
import org.goldseam.export.RecordExportService;
import org.goldseam.export.RecordWriter;
import org.goldseam.summary.SummaryException;
import org.goldseam.summary.render.RecordPdfWriter;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export one client's record (right of access) as JSON and as an archival, accessible PDF.",
                "The JSON is described by docs/record-export.schema.json; the PDF is PDF/A-3a and PDF/UA-1.",
                "Everything except the private psychotherapy notes, unless --include-private-notes is given."})
final class ExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    VaultOptions options;

    @Option(names = "--client", paramLabel = "ID", required = true, description = "The client's id (see 'goldseam clients').")
    long clientId;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the export into.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "both",
            description = "json, pdf or both (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--include-private-notes",
            description = "Also export the private psychotherapy notes. They are not part of the client's right of access.")
    boolean includePrivateNotes;

    @Spec
    CommandSpec spec;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean json;
        boolean pdf;
        switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> { json = true; pdf = false; }
            case "pdf" -> { json = false; pdf = true; }
            case "both" -> { json = true; pdf = true; }
            default -> throw new UsageException("--format is json, pdf or both, not \"" + format + "\".");
        }
        if (includePrivateNotes) {
            err.println("goldseam: warning: this export will contain your private psychotherapy notes. They are kept apart "
                    + "from the record because the client's right of access does not cover them; share the file only if you mean to.");
            err.flush();
        }
        ExportResult result;
        try {
            result = options.withVault(context, vault -> {
                if (new ClientRepository(vault.database().dsl()).findById(clientId).isEmpty()) {
                    throw new UsageException("There is no client with id " + clientId + ". 'goldseam clients' lists them.");
                }
                List<RecordWriter> writers = new ArrayList<>();
                if (json) {
                    writers.add(new JsonRecordWriter());
                }
                if (pdf) {
                    writers.add(RecordPdfWriter.of(vault, context.clock(), Clinicians.auditActor(vault)));
                }
                return write(vault, writers);
            });
        } catch (SummaryException e) {
            // the PDF's glyph check refused a character; all or nothing, so no file of this export was written
            err.println("goldseam: " + e.getMessage() + (json && pdf ? " The JSON was not written either; --format json writes it alone." : ""));
            err.flush();
            return ExitCodes.SUMMARY_FAILED;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path file : result.files()) {
            stdout.println("Wrote " + file);
        }
        stdout.println(result.includesPrivateNotes()
                ? "The export includes the private psychotherapy notes."
                : "The private psychotherapy notes are not included.");
        stdout.flush();
        return ExitCodes.OK;
    }

    private ExportResult write(Vault vault, List<RecordWriter> writers) {
        try {
            return new RecordExportService(vault, context.clock(), Clinicians.auditActor(vault))
                    .export(clientId, out, includePrivateNotes, writers);
        } catch (IOException e) {
            throw new VaultException(VaultProblem.STORAGE, "The export could not be written into " + out + " ("
                    + e.getClass().getSimpleName() + "). Check the folder exists and is writable.", e);
        } catch (UncheckedIOException e) {
            throw new VaultException(VaultProblem.STORAGE, "The export could not be written into " + out + ".", e);
        }
    }
}
