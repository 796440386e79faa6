package org.goldseam.app.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Optional;
import org.goldseam.vault.VaultLocation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options every command that opens a vault shares: where it is, and how to get the passphrase. */
public final class VaultOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Vault folder (default: $GOLDSEAM_HOME, else the per-OS data folder).")
    @Nullable Path dataDir;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the passphrase from the first line of FILE instead of asking.")
    @Nullable Path passphraseFile;

    /** Opens the vault (asking for the passphrase), runs {@code work} on it and closes it again. */
    public <T> T withVault(CliContext context, java.util.function.Function<org.goldseam.vault.Vault, T> work) {
        char[] passphrase = passphrase("Vault passphrase: ");
        try (org.goldseam.vault.Vault vault = context.vaults().open(folder(), passphrase)) {
            java.util.Arrays.fill(passphrase, '\0');
            sayNotice(vault);
            new org.goldseam.app.services.VaultAccess(vault, context.clock())
                    .unlocked(org.goldseam.app.services.Clinicians.auditActor(vault), "command line", java.util.List.of());
            return work.apply(vault);
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }

    /**
     * What an open had to tell once (an interrupted restore finished, or the structure updated after a
     * verified backup): on standard error, so that a command's output stays the same for scripts.
     */
    static void sayNotice(org.goldseam.vault.Vault vault) {
        vault.recoveryNotice().ifPresent(notice -> System.err.println("goldseam: " + notice));
    }

    public Path folder() {
        return VaultLocation.resolve(Optional.ofNullable(dataDir));
    }

    /** The passphrase from the file, or asked for at the terminal without echo. */
    public char[] passphrase(String prompt) {
        if (passphraseFile != null) {
            return readFirstLine(passphraseFile);
        }
        // on Java 17 (the release this builds for) null means no terminal
        @SuppressWarnings("SystemConsoleNull")
        Console console = System.console();
        if (console == null) {
            throw new UsageException("There is no terminal to ask for the passphrase. Use --passphrase-file FILE.");
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null) {
            throw new UsageException("No passphrase was entered.");
        }
        return typed;
    }

    /** For {@code init}: asked twice at the terminal; a file is trusted as written. */
    public char[] newPassphrase() {
        if (passphraseFile != null) {
            return readFirstLine(passphraseFile);
        }
        char[] first = passphrase("New vault passphrase: ");
        char[] second = passphrase("Type it again: ");
        if (!java.util.Arrays.equals(first, second)) {
            throw new UsageException("The two passphrases differ. Nothing was created.");
        }
        java.util.Arrays.fill(second, '\0');
        return first;
    }

    /** The first line of a passphrase file; see {@link PassphraseFile} for what is refused. */
    static char[] readFirstLine(Path file) {
        return PassphraseFile.read(file);
    }
}
