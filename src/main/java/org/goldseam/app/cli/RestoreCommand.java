package org.goldseam.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.goldseam.audit.AuditService;
import org.goldseam.backup.BackupSettings;
import org.goldseam.backup.RestoreResult;
import org.goldseam.backup.RestoreService;
import org.goldseam.vault.Checkpoints;
import org.goldseam.vault.VaultFiles;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the vault with a backup, keeping the vault it replaces as a backup file.",
                "The backup is opened with its passphrase and checked before anything is replaced. "
                        + "The vault must not be open elsewhere."})
final class RestoreCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private final CliContext context;

    @Mixin
    VaultOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (goldseam-backup-….zip).")
    Path backup;

    @Option(names = "--keep-previous-in", paramLabel = "DIR",
            description = "Where to keep the vault being replaced (default: the backup folder beside the vault folder).")
    @Nullable Path keepPreviousIn;

    @Spec
    CommandSpec spec;

    RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = options.folder();
        Path keep = keepPreviousIn != null ? keepPreviousIn : BackupSettings.defaults(new VaultFiles(folder)).folder();
        char[] passphrase = options.passphrase("Passphrase of the backup: ");
        RestoreResult result;
        try {
            result = new RestoreService(context.vaults(), context.clock(), AuditService.systemActor()).restore(backup, folder,
                    passphrase, keep, new BackupCommand.PhasePrinter(spec.commandLine().getErr()), Checkpoints.NONE);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        out.printf("Restored the backup made on %s into %s.%n", WHEN.format(result.backup().createdAt()), folder);
        out.printf("It was checked before anything was replaced: %d checks passed.%n", result.checked().size());
        if (result.previousKeptAs() != null) {
            out.printf("The vault it replaced is kept as %s.%n", result.previousKeptAs());
        }
        if (result.otherVault()) {
            out.println("Note: this backup is of a different vault than the one it replaced.");
        }
        out.println("The vault now opens with the passphrase that was in use when the backup was made.");
        out.flush();
        return ExitCodes.OK;
    }
}
