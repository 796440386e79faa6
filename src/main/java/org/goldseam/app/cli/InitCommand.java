package org.goldseam.app.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.goldseam.vault.PassphrasePolicy;
import org.goldseam.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a new, empty, encrypted vault.")
final class InitCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    VaultOptions options;

    @Spec
    CommandSpec spec;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        char[] passphrase = options.newPassphrase();
        try {
            PassphrasePolicy.require(passphrase);
            try (Vault vault = context.vaults().create(options.folder(), passphrase)) {
                spec.commandLine().getOut().printf(
                        "Created a new vault in %s.%nKeep the passphrase somewhere safe: without it the vault cannot be opened, "
                                + "and nobody can recover it.%n", vault.files().folder());
            }
            return ExitCodes.OK;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }
}
