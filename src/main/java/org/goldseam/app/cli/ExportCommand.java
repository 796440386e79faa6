package org.goldseam.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.goldseam.audit.AuditService;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.export.ExportResult;
import org.goldseam.export.JsonRecordWriter;
import org.goldseam.export.RecordExportService;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export one client's record (right of access) as JSON, described by docs/record-export.schema.json.",
                "Everything except the private psychotherapy notes, unless --include-private-notes is given."})
final class ExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    VaultOptions options;

    @Option(names = "--client", paramLabel = "ID", required = true, description = "The client's id (see 'goldseam clients').")
    long clientId;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the export into.")
    Path out;

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
        if (includePrivateNotes) {
            err.println("goldseam: warning: this export will contain your private psychotherapy notes. They are kept apart "
                    + "from the record because the client's right of access does not cover them; share the file only if you mean to.");
            err.flush();
        }
        ExportResult result = options.withVault(context, vault -> {
            if (new ClientRepository(vault.database().dsl()).findById(clientId).isEmpty()) {
                throw new UsageException("There is no client with id " + clientId + ". 'goldseam clients' lists them.");
            }
            try {
                return new RecordExportService(vault, context.clock(), AuditService.systemActor())
                        .export(clientId, out, includePrivateNotes, List.of(new JsonRecordWriter()));
            } catch (IOException e) {
                throw new VaultException(VaultProblem.STORAGE, "The export could not be written into " + out + " ("
                        + e.getClass().getSimpleName() + "). Check the folder exists and is writable.", e);
            } catch (UncheckedIOException e) {
                throw new VaultException(VaultProblem.STORAGE, "The export could not be written into " + out + ".", e);
            }
        });
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
}
