package org.goldseam.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.goldseam.app.services.Clinicians;
import org.goldseam.backup.BackupKind;
import org.goldseam.backup.BackupProgress;
import org.goldseam.backup.BackupResult;
import org.goldseam.backup.BackupService;
import org.goldseam.backup.BackupSettings;
import org.goldseam.vault.VaultFiles;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up the vault now, encrypted like the vault; success is reported only after the backup was checked.",
                "The backup opens with the vault's passphrase. The newest 14 backups are kept, plus one a month for a year."})
final class BackupCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    VaultOptions options;

    @Option(names = "--to", paramLabel = "DIR",
            description = "Backup folder (default: goldseam-backups beside the vault folder).")
    @Nullable Path to;

    @Spec
    CommandSpec spec;

    BackupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BackupSettings defaults = BackupSettings.defaults(new VaultFiles(options.folder()));
        BackupSettings settings = to == null ? defaults : defaults.inFolder(to);
        BackupResult result = options.withVault(context, vault -> new BackupService(context.vaults(), context.clock(),
                Clinicians.auditActor(vault)).backUp(vault, settings, BackupKind.MANUAL, new PhasePrinter(err)));
        out.printf("Backed up to %s (%.1f MB).%n", result.file(), result.manifest().databaseSize() / 1e6);
        out.printf("The backup was unpacked, opened and checked: %d checks passed.%n", result.checked().size());
        if (!result.removed().isEmpty()) {
            out.printf("Removed %d older backup(s) beyond the newest %d and one a month for %d months.%n",
                    result.removed().size(), settings.keepLast(), settings.keepMonths());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** One line on standard error per phase, so a long backup shows it is alive. */
    static final class PhasePrinter implements BackupProgress {
        private final PrintWriter err;
        private @Nullable Phase last;

        PhasePrinter(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void progress(Phase phase, long done, long total) {
            if (phase != last) {
                last = phase;
                err.println(switch (phase) {
                    case COPYING -> "copying the open vault…";
                    case PACKING -> "writing the backup file…";
                    case UNPACKING -> "unpacking the backup…";
                    case VERIFYING -> "opening and checking it…";
                    case PRUNING -> "removing old backups…";
                    case REPLACING -> "swapping the files…";
                });
                err.flush();
            }
        }
    }
}
