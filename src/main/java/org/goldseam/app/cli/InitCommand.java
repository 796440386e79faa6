package org.goldseam.app.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.goldseam.clinician.ClinicianIdentity;
import org.goldseam.app.services.Clinicians;
import org.goldseam.vault.PassphrasePolicy;
import org.goldseam.vault.Vault;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a new, empty, encrypted vault, and name the clinician who signs its notes.",
                "The name and credentials are asked for at the terminal unless given as options; without a terminal",
                "and without them the vault is created unnamed, and 'goldseam clinician' or the app names it before anything is signed."})
final class InitCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    VaultOptions options;

    @Option(names = "--clinician-name", paramLabel = "NAME",
            description = "Your name as signed notes show it, e.g. \"Dr Ana Example\".")
    String clinicianName;

    @Option(names = "--credentials", paramLabel = "TEXT",
            description = "Your credentials as signed notes show them, e.g. \"PsyD, licensed psychologist\".")
    String credentials;

    @Spec
    CommandSpec spec;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ClinicianIdentity clinician = clinician();
        char[] passphrase = options.newPassphrase();
        try {
            PassphrasePolicy.require(passphrase);
            try (Vault vault = context.vaults().create(options.folder(), passphrase)) {
                if (clinician != null) {
                    new Clinicians(vault, context.clock()).set(clinician);
                }
                var out = spec.commandLine().getOut();
                out.printf("Created a new vault in %s.%nKeep the passphrase somewhere safe: without it the vault cannot be opened, "
                        + "and nobody can recover it.%n", vault.files().folder());
                if (clinician != null) {
                    out.printf("Notes in it are signed by %s.%n", clinician.signature());
                } else {
                    out.printf("No clinician is named yet, so nothing can be signed. Name yourself with%n"
                            + "  goldseam clinician --name \"Dr Ana Example\" --credentials \"PsyD, licensed psychologist\"%n"
                            + "or in the app, which asks after unlocking.%n");
                }
            }
            return ExitCodes.OK;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** From the options, else asked at the terminal; null when neither is possible (a script without them). */
    private @Nullable ClinicianIdentity clinician() {
        if (clinicianName != null || credentials != null) {
            if (clinicianName == null || credentials == null) {
                throw new UsageException("Give both --clinician-name and --credentials (signed notes carry both). Nothing was created.");
            }
            return ClinicianCommand.identity(clinicianName, credentials);
        }
        // on Java 17 (the release this builds for) null means no terminal
        @SuppressWarnings("SystemConsoleNull")
        Console console = System.console();
        if (console == null || options.passphraseFile != null) {
            return null;
        }
        String name = console.readLine("Your name as signed notes show it (e.g. Dr Ana Example): ");
        String creds = console.readLine("Your credentials (e.g. PsyD, licensed psychologist): ");
        return ClinicianCommand.identity(name, creds);
    }
}
