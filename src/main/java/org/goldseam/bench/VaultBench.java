package org.goldseam.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.goldseam.search.SearchOutcome;
import org.goldseam.search.SearchService;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultHeader;
import org.goldseam.vault.VaultHeaderFile;
import org.goldseam.vault.VaultKeys;
import org.goldseam.vault.Vaults;

/** The measurements made on each vault size: unlock, index build, and the searches against grep. */
final class VaultBench {
    private final BenchConfig config;
    private final Vaults vaults;
    private final Clock clock;
    private final BenchReport report;
    private final PrintWriter progress;

    VaultBench(BenchConfig config, Vaults vaults, Clock clock, BenchReport report, PrintWriter progress) {
        this.config = config;
        this.vaults = vaults;
        this.clock = clock;
        this.report = report;
        this.progress = progress;
    }

    SizeResults run(VaultSize size, char[] passphrase) {
        Path folder = config.vaultFolder(size);
        String label = size.toString();
        unlock(folder, passphrase, label);
        try (Vault vault = vaults.open(folder, passphrase)) {
            indexBuild(vault, label);
            return searches(vault, size);
        }
    }

    /** Key derivation alone, then the whole open (derivation included) less the derivation. */
    private void unlock(Path folder, char[] passphrase, String label) {
        step("unlock " + label);
        VaultHeader header = VaultHeaderFile.read(new VaultFiles(folder).header());
        Stats derive = Timer.repeat(1, config.slowRuns(),
                () -> VaultKeys.derive(passphrase, header.kdf(), header.vaultId()).destroy());
        Stats open = Timer.repeatReported(1, config.slowRuns(), () -> {
            long start = System.nanoTime();
            vaults.open(folder, passphrase).close();
            return (System.nanoTime() - start) / 1e6 - derive.median();
        });
        report.add(BenchRow.plain("unlock", "key derivation (PBKDF2, " + header.kdf().iterations() + " rounds)", label,
                derive.describe("ms")));
        report.add(BenchRow.plain("unlock", "open and close the database, after derivation (warm JVM)", label,
                open.describe("ms")));
    }

    private void indexBuild(Vault vault, String label) {
        step("index build " + label);
        Stats build = Timer.repeat(1, config.slowRuns(), () -> {
            try (SearchService search = SearchService.open(vault, clock)) {
                search.buildIndex(status -> { });
            }
        });
        report.add(BenchRow.plain("search", "full-text index build after unlock", label, build.describe("ms")));
    }

    private SizeResults searches(Vault vault, VaultSize size) {
        String label = size.toString();
        Map<BenchQuery, Stats> ours = new LinkedHashMap<>();
        Map<BenchQuery, Stats> theirs = new LinkedHashMap<>();
        step("plain-text copy for grep " + label);
        try (SearchService search = SearchService.open(vault, clock);
             GrepBaseline grep = GrepBaseline.writtenFrom(vault, config.workDir())) {
            search.buildIndex(status -> { });
            for (BenchQuery query : BenchQuery.ALL) {
                step("search " + label + ": " + query.query());
                int[] clients = new int[1];
                Stats goldseam = Timer.repeat(config.warmups(), config.runs(), () -> clients[0] = found(search.search(query.query(), false)));
                int[] files = new int[1];
                Stats plain = Timer.repeat(1, config.runs(), () -> files[0] = grep.grep(query.grepOptions(), query.grepPattern()));
                ours.put(query, goldseam);
                theirs.put(query, plain);
                double times = plain.median() / goldseam.median();
                double goal = query.text() ? 20 : 50;
                boolean judged = query.text() || size.clients() >= 1_000;
                report.add(new BenchRow("search", query.label() + " — " + clients[0] + " clients; grep: " + files[0] + " of "
                        + grep.files() + " files", label, goldseam.describe("ms"), "grep -rl " + plain.describe("ms"),
                        faster(times),
                        judged ? "≥ " + (int) goal + "× faster" : "≥ 50× at 1,000 clients",
                        judged ? times >= goal : null));
            }
        }
        return new SizeResults(size, ours, theirs);
    }

    /** "63× faster", "2.4× faster", or "3.1× slower" when grep won. */
    static String faster(double times) {
        if (times >= 10) {
            return String.format("%.0f× faster", times);
        }
        return times >= 1 ? String.format("%.1f× faster", times) : String.format("%.1f× slower", 1 / times);
    }

    private static int found(SearchOutcome outcome) {
        if (outcome instanceof SearchOutcome.Found found) {
            return found.result().clients().size();
        }
        throw new BenchException("A benchmark query was not answered: " + outcome.getClass().getSimpleName());
    }

    private void step(String what) {
        progress.println("bench: " + what);
        progress.flush();
    }
}
