package org.goldseam.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.goldseam.vault.GoldseamVersion;
import org.goldseam.backup.BackupCatalog;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.StorageErrors;
import org.goldseam.vault.VaultProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code goldseam}: with no sub-command it opens the desktop app; the sub-commands serve scripts. */
@Command(name = "goldseam", mixinStandardHelpOptions = true, versionProvider = GoldseamCommand.Version.class,
        description = "Offline case notes for therapists who work with perfectionism and core shame.",
        subcommands = {InitCommand.class, CheckCommand.class, ClientsCommand.class, TaxonomyCommand.class, DemoCommand.class,
                SummaryCommand.class, SearchCommand.class, BackupCommand.class, RestoreCommand.class, PassphraseCommand.class,
                AuditCommand.class, ExportCommand.class, ClinicianCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done",
                "1:an unexpected error (please report it)",
                "2:wrong usage, or the passphrase could not be read or is too short",
                "3:wrong passphrase",
                "4:the vault is open in another process",
                "5:the vault is damaged, or its header does not belong to it",
                "6:the vault was written by a newer Goldseam",
                "7:no vault in that folder (or, for init, one already there)",
                "8:check found problems",
                "9:the disk refused (full, read-only, no permission)",
                "10:a summary could not be made (a character no font can show), or in a batch, any of them"})
public final class GoldseamCommand implements Callable<Integer> {
    private final CliContext context;
    private final DesktopStarter desktop;
    private boolean desktopStarted;

    @Mixin
    VaultOptions vault;

    public GoldseamCommand(CliContext context, DesktopStarter desktop) {
        this.context = context;
        this.desktop = desktop;
    }

    CliContext context() {
        return context;
    }

    @Override
    public Integer call() {
        desktop.start(vault.folder(), context);
        desktopStarted = true;
        return ExitCodes.OK;
    }

    /** True when the desktop app took over: the process must not exit when {@code main} returns. */
    public boolean desktopStarted() {
        return desktopStarted;
    }

    /** A command line wired with Goldseam's error handling: clear messages and documented exit codes. */
    public static CommandLine commandLine(GoldseamCommand command, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(command, new Factory(command));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // every date option of every sub-command: a date far outside a record's span is a usage error (exit 2)
        commandLine.registerConverter(java.time.LocalDate.class, GoldseamCommand::supportedDate);
        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> {
            PrintWriter errors = cmd.getErr();
            // unreadable stored data is damage to the vault the command named: same message, same offer
            Exception error = org.goldseam.vault.persistence.StoredDataErrors.unreadable(failure)
                    .<Exception>map(damaged -> damaged.inFolder(vaultFolderOf(parsed))).orElse(failure);
            if (error instanceof VaultException vaultError) {
                errors.println("goldseam: " + vaultError.getMessage());
                if (vaultError.problem() == VaultProblem.DAMAGED) {
                    // nothing was overwritten; offer the way back instead of repairing on our own
                    vaultError.vaultFolder().ifPresent(folder -> BackupCatalog.newestForDamaged(folder).ifPresent(backup ->
                            errors.println("goldseam: the newest backup of this vault was made on " + backup.manifest().createdAt()
                                    + ". To put it back (the damaged vault is kept as a file):\n  goldseam restore --data-dir \""
                                    + folder + "\" \"" + backup.path() + "\"")));
                }
                return vaultError.problem().exitCode();
            }
            if (error instanceof UsageException usage) {
                errors.println("goldseam: " + usage.getMessage());
                return ExitCodes.USAGE;
            }
            var diskFull = StorageErrors.diskFull(error);
            if (diskFull.isPresent()) {
                errors.println("goldseam: " + diskFull.get().getMessage());
                return diskFull.get().problem().exitCode();
            }
            // no stack trace and no exception message: either could quote client data
            errors.println("goldseam: an unexpected error stopped the command (" + error.getClass().getName()
                    + "). Please report it; the vault keeps everything that was saved before.");
            return ExitCodes.UNEXPECTED;
        });
        return commandLine;
    }

    private static java.time.LocalDate supportedDate(String text) {
        java.time.LocalDate date;
        try {
            date = java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date written as year-month-day, e.g. 2026-11-20");
        }
        if (!org.goldseam.vault.SupportedDates.contains(date)) {
            throw new CommandLine.TypeConversionException(date + " is not a date Goldseam accepts: choose one "
                    + org.goldseam.vault.SupportedDates.range());
        }
        return date;
    }

    /** The vault folder a parsed command line refers to (its --data-dir, else the default). */
    private static java.nio.file.Path vaultFolderOf(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        java.nio.file.Path dataDir = last.matchedOptionValue("--data-dir", null);
        return org.goldseam.vault.VaultLocation.resolve(java.util.Optional.ofNullable(dataDir));
    }

    /** Starts the desktop app; the command line stays free of Swing. */
    public interface DesktopStarter {
        void start(java.nio.file.Path vaultFolder, CliContext context);
    }

    /** Gives sub-commands the shared context through their constructors. */
    private record Factory(GoldseamCommand root) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (var constructor : type.getDeclaredConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == CliContext.class) {
                    return type.cast(constructor.newInstance(root.context()));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Goldseam " + GoldseamVersion.current()};
        }
    }
}
