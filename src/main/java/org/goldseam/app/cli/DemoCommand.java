package org.goldseam.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.goldseam.demo.DemoCaseload;
import org.goldseam.clinician.ClinicianIdentity;
import org.goldseam.app.services.Clinicians;
import org.goldseam.demo.persistence.DemoWriter;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultFiles;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Fill an empty vault with an invented, deterministic caseload for trying Goldseam out.",
                "Creates the vault first if the folder has none. Refuses a vault that already has clients."})
final class DemoCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    VaultOptions options;

    @Option(names = "--clients", defaultValue = "12", description = "How many clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--sessions", defaultValue = "24", description = "Sessions per client (default: ${DEFAULT-VALUE}).")
    int sessions;

    @Option(names = "--seed", defaultValue = "1", description = "Same seed, same caseload (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The date the caseload runs up to, e.g. 2026-11-20 (default: today).")
    @Nullable LocalDate asOf;

    @Spec
    CommandSpec spec;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (clients < 1 || clients > 100_000 || sessions < 1 || sessions > 1_000) {
            throw new UsageException("--clients must be 1 to 100,000 and --sessions 1 to 1,000.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        VaultFiles files = new VaultFiles(options.folder());
        boolean create = !files.headerExists() && !files.databaseExists();
        char[] passphrase = create ? options.newPassphrase() : options.passphrase("Vault passphrase: ");
        ZoneId zone = context.clock().getZone();
        LocalDate until = asOf != null ? asOf : LocalDate.now(context.clock());
        long started = System.nanoTime();
        try (Vault vault = create ? context.vaults().create(files.folder(), passphrase)
                : context.vaults().open(files.folder(), passphrase)) {
            Arrays.fill(passphrase, '\0');
            VaultOptions.sayNotice(vault);
            if (!DemoWriter.isEmpty(vault)) {
                throw new UsageException("This vault already has clients. The demo only fills an empty vault, so invented "
                        + "records are never mixed with real ones. Use --data-dir to choose another folder.");
            }
            // invented notes are signed by the invented clinician; a vault that names its own keeps it
            Clinicians named = new Clinicians(vault, context.clock());
            if (named.current().isEmpty()) {
                named.set(new ClinicianIdentity(DemoWriter.CLINICIAN_NAME, DemoWriter.CLINICIAN_CREDENTIALS));
            }
            int step = Math.max(1, clients / 10);
            DemoWriter.write(vault, new DemoCaseload(seed, until, zone), clients, sessions, zone, done -> {
                if (done % step == 0 || done == clients) {
                    err.printf("%d of %d clients written%n", done, clients);
                    err.flush();
                }
            });
            vault.database().compactOnClose();
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("Wrote %d invented clients with %d sessions each (seed %d, up to %s) in %.1f s; the vault is %.1f MB.%n",
                clients, sessions, seed, until, seconds, size(files) / 1e6);
        return ExitCodes.OK;
    }

    private static long size(VaultFiles files) {
        try {
            return Files.size(files.databaseFile());
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
