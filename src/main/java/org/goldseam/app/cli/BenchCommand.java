package org.goldseam.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.goldseam.bench.BenchConfig;
import org.goldseam.bench.BenchException;
import org.goldseam.bench.BenchReport;
import org.goldseam.bench.Benchmarks;
import org.goldseam.bench.VaultSize;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure Goldseam's speed on invented demo vaults and print a Markdown table.",
                "Measured: unlock, index build, searches against grep, summaries, autosave, memory, "
                        + "and start-up against a bare FlatLaf window.",
                "Start-up needs a display; without one, run it under xvfb-run -a."})
final class BenchCommand implements Callable<Integer> {
    private static final String QUICK_SIZES = "100x30,300x30";
    private static final String FULL_SIZES = "100x100,1000x100";

    private final CliContext context;

    @Option(names = "--quick", description = "Small vaults (" + QUICK_SIZES + "), fewer runs: a few minutes.")
    boolean quick;

    @Option(names = "--out", paramLabel = "FILE.md", description = "Also write the table to this file.")
    @Nullable Path out;

    @Option(names = "--sizes", paramLabel = "CxS[,CxS…]",
            description = "Vault sizes as clients x sessions (default " + FULL_SIZES + "; with --quick " + QUICK_SIZES + ").")
    @Nullable String sizes;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where demo vaults are built and kept for later runs (default: a goldseam-bench folder in the temp folder).")
    @Nullable Path workDir;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Passphrase of the vaults in the work folder (default: one made and kept there).")
    @Nullable Path passphraseFile;

    @Option(names = "--seed", defaultValue = "42", description = "Demo caseload seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--as-of", paramLabel = "DATE", defaultValue = "2026-11-20",
            description = "Date the demo caseloads run up to (default: ${DEFAULT-VALUE}).")
    LocalDate asOf;

    @Option(names = "--runs", description = "Measured repetitions of each quick measurement (default: 3 with --quick, else 7).")
    @Nullable Integer runs;

    @Option(names = "--batch", description = "Clients in the summary batch (default: 10 with --quick, else 100).")
    @Nullable Integer batch;

    @Option(names = "--no-startup", description = "Skip the start-up measurement.")
    boolean noStartup;

    @Option(names = "--only", paramLabel = "search",
            description = "Measure only one area; \"search\": unlock, index build, the searches and their growth.")
    @Nullable String only;

    @Spec
    CommandSpec spec;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<VaultSize> chosen;
        try {
            chosen = VaultSize.parseList(sizes != null ? sizes : quick ? QUICK_SIZES : FULL_SIZES);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        int measured = runs != null ? runs : quick ? 3 : 7;
        int batchSize = batch != null ? batch : quick ? 10 : 100;
        if (measured < 1 || measured > 100 || batchSize < 1) {
            throw new UsageException("--runs must be 1 to 100 and --batch at least 1.");
        }
        if (only != null && !only.equals("search")) {
            throw new UsageException("--only takes \"search\" (the only area that can be measured alone).");
        }
        Path folder = (workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"), "goldseam-bench")).toAbsolutePath();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Files.createDirectories(folder);
            Path passphrase = passphraseFile != null ? passphraseFile : benchPassphrase(folder);
            BenchConfig config = new BenchConfig(chosen, folder, passphrase, seed, asOf, measured, batchSize, !noStartup,
                    "search".equals(only));
            BenchReport report = new Benchmarks(config, context.vaults(), context.clock(), new BenchAutosave(), err).run();
            String table = report.markdown();
            stdout.print(table);
            stdout.flush();
            if (out != null) {
                Files.writeString(out, table, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UsageException("The bench could not write to " + folder + " or " + out + " (" + e.getClass().getSimpleName() + ").");
        } catch (BenchException e) {
            err.println("goldseam: the bench stopped. " + e.getMessage());
            return ExitCodes.UNEXPECTED;
        }
        return ExitCodes.OK;
    }

    /** The work folder's own passphrase: made once, readable only by this user, used for every bench vault. */
    private static Path benchPassphrase(Path folder) throws IOException {
        Path file = folder.resolve("bench-passphrase.txt");
        if (!Files.exists(file)) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            Files.writeString(file, "bench-" + HexFormat.of().formatHex(random) + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): the folder's own permissions apply
            }
        }
        return file;
    }
}
