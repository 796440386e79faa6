package org.goldseam.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.goldseam.app.services.PassphraseChanges;
import org.goldseam.vault.Checkpoints;
import org.goldseam.vault.PassphraseChange;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultProblem;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "passphrase", mixinStandardHelpOptions = true,
        description = {"Change the vault's passphrase and re-encrypt the vault under the new one.",
                "If this is interrupted, exactly one of the two passphrases opens the vault, and the next start says which. "
                        + "The vault must be closed."})
final class PassphraseCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    VaultOptions options;

    @Option(names = "--new-passphrase-file", paramLabel = "FILE",
            description = "Read the new passphrase from the first line of FILE instead of asking twice.")
    @Nullable Path newPassphraseFile;

    @Spec
    CommandSpec spec;

    PassphraseCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        char[] current = options.passphrase("Current passphrase: ");
        char[] next = null;
        try {
            next = newPassphraseFile != null ? VaultOptions.readFirstLine(newPassphraseFile) : askTwice();
            PassphraseChange.Inspector inspector = PassphraseChanges.inspector(context.clock());
            context.vaults().changePassphrase(options.folder(), current, next, inspector, Checkpoints.NONE);
        } finally {
            Arrays.fill(current, '\0');
            if (next != null) {
                Arrays.fill(next, '\0');
            }
        }
        var out = spec.commandLine().getOut();
        out.println("The passphrase is changed: the vault now opens only with the new one.");
        out.println("Backups made before now still open with the old passphrase. Make a fresh one with 'goldseam backup',");
        out.println("and if you changed the passphrase because the old one was exposed, delete the older backups.");
        out.flush();
        return ExitCodes.OK;
    }

    private char[] askTwice() {
        char[] first = options.passphrase("New passphrase: ");
        char[] second = options.passphrase("Type the new passphrase again: ");
        try {
            if (!Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new UsageException("The two new passphrases differ. Nothing was changed.");
            }
            return first;
        } finally {
            Arrays.fill(second, '\0');
        }
    }
}
