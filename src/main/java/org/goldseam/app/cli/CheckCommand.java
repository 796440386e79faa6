package org.goldseam.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.goldseam.anchor.AnchorFiles;
import org.goldseam.integrity.AnchorCheck;
import org.goldseam.integrity.CheckFinding;
import org.goldseam.integrity.CheckReport;
import org.goldseam.integrity.VaultCheck;
import org.goldseam.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Verify a vault: schema version, references, signed-note hashes, audit chain.")
final class CheckCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    VaultOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--against", paramLabel = "BACKUP_OR_EXPORT",
            description = "A backup, record export (JSON or PDF) or progress summary PDF made earlier from this vault: "
                    + "also prove that the audit trail still begins with every event it recorded.")
    Path against;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        // read first: a file that holds no anchor is refused before the passphrase is asked
        AnchorFiles.Found anchor = null;
        if (against != null) {
            try {
                anchor = AnchorFiles.read(against);
            } catch (AnchorFiles.NoAnchor e) {
                throw new UsageException("--against: " + e.getMessage() + ".");
            }
        }
        char[] passphrase = options.passphrase("Vault passphrase: ");
        CheckReport report;
        try (Vault vault = context.vaults().open(options.folder(), passphrase)) {
            VaultOptions.sayNotice(vault);
            report = VaultCheck.run(vault);
            if (anchor != null) {
                CheckReport anchored = AnchorCheck.run(vault, anchor.vaultId(), anchor.anchor(), anchor.kind());
                List<String> passed = new ArrayList<>(report.passed());
                passed.addAll(anchored.passed());
                List<CheckFinding> findings = new ArrayList<>(report.findings());
                findings.addAll(anchored.findings());
                report = new CheckReport(passed, findings);
            }
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
