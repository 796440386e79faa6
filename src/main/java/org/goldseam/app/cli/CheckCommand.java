package org.goldseam.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.goldseam.integrity.CheckFinding;
import org.goldseam.integrity.CheckReport;
import org.goldseam.integrity.VaultCheck;
import org.goldseam.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Verify a vault: schema version, references, signed-note hashes, audit chain.")
final class CheckCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    VaultOptions options;

    @Spec
    CommandSpec spec;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        char[] passphrase = options.passphrase("Vault passphrase: ");
        CheckReport report;
        try (Vault vault = context.vaults().open(options.folder(), passphrase)) {
            report = VaultCheck.run(vault);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String ok : report.passed()) {
            out.println("ok       " + ok);
        }
        for (CheckFinding finding : report.findings()) {
            out.println("PROBLEM  " + finding.area() + ": " + finding.problem());
        }
        out.println(report.sound()
                ? "The vault is sound."
                : report.findings().size() + " problem(s) found. Restore from a backup or keep this report for support.");
        out.flush();
        return report.sound() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
