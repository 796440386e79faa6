package org.goldseam.bench;

import org.goldseam.summary.persistence.SummaryRepository;
import org.goldseam.summary.render.SummaryPdf;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.summary.BatchReport;
import org.goldseam.summary.BatchRequest;
import org.goldseam.summary.CancellationFlag;
import org.goldseam.summary.ProgressListener;
import org.goldseam.summary.SummaryOptions;
import org.goldseam.summary.SummaryPeriod;
import org.goldseam.summary.SummaryRequest;
import org.goldseam.summary.SummaryService;
import org.goldseam.vault.Vault;
import org.goldseam.vault.Vaults;

/** Summaries, memory, autosave and start-up, measured on the largest vault of the run. */
final class AppBench {
    private final BenchConfig config;
    private final Vaults vaults;
    private final Clock clock;
    private final BenchReport report;
    private final PrintWriter progress;

    AppBench(BenchConfig config, Vaults vaults, Clock clock, BenchReport report, PrintWriter progress) {
        this.config = config;
        this.vaults = vaults;
        this.clock = clock;
        this.report = report;
        this.progress = progress;
    }

    void run(char[] passphrase, AutosaveProbe autosave) {
        VaultSize size = config.largest();
        Path folder = config.vaultFolder(size);
        Benchmarks.SummaryTarget target;
        try (Vault vault = vaults.open(folder, passphrase)) {
            target = Benchmarks.summaryTarget(vault, clock);
            summaries(vault, target, size.toString());
            step("autosave " + size);
            AutosaveProbe.Result saved = autosave.measure(vault, clock, config.slowRuns() + 2, 40, 30);
            report.add(new BenchRow("autosave", "last keystroke → committed (includes the " + saved.autosaveDelay()
                    + " ms quiet time)", size.toString(), saved.lastKeyToSaved().describe("ms"), null, null,
                    "≤ 2,000 ms", saved.lastKeyToSaved().median() <= 2_000));
            report.add(new BenchRow("autosave", "longest UI-thread task while typing 40 keys/burst and saving (presenter, no painting)",
                    size.toString(), Stats.single(saved.longestUiTask()).describe("ms"), null, null, "≤ 50 ms",
                    saved.longestUiTask() <= 50));
        }
        coldChildren(folder, target, size.toString());
        memory(folder, size.toString());
        startup(folder);
    }

    private void summaries(Vault vault, Benchmarks.SummaryTarget target, String label) {
        step("summary (warm) " + label);
        SummaryService service = new SummaryService(SummaryRepository.of(vault, clock), clock, SummaryPdf.RENDERER);
        SummaryPeriod period = new SummaryPeriod(target.from(), target.to());
        Path out = config.workDir().resolve("bench-summary.pdf");
        Stats warm = Timer.repeat(config.warmups(), config.runs(), () -> service.render(
                new SummaryRequest(target.clientId(), period, options(), out), ProgressListener.NONE, new CancellationFlag()));
        report.add(new BenchRow("summary", "one 12-month summary PDF, busiest client, warm", label, warm.describe("ms"),
                null, null, "≤ 300 ms", warm.median() <= 300));
        List<Long> clients = service.activeClientIds();
        List<Long> batch = new ArrayList<>(clients.subList(0, Math.min(config.batchClients(), clients.size())));
        step("summary batch of " + batch.size() + " " + label);
        Path batchFolder = config.workDir().resolve("bench-batch");
        try {
            Files.createDirectories(batchFolder);
            long start = System.nanoTime();
            BatchReport done = service.renderBatch(new BatchRequest(batch, period, options(), batchFolder),
                    ProgressListener.NONE, new CancellationFlag());
            double millis = (System.nanoTime() - start) / 1e6;
            report.add(BenchRow.plain("summary", "batch of " + batch.size() + " active clients (" + done.written().size()
                    + " written), total; per summary " + Stats.format(millis / Math.max(1, batch.size())) + " ms",
                    label, Stats.single(millis).describe("ms")));
            Files.deleteIfExists(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            GrepBaseline.deleteTree(batchFolder);
        }
    }

    static SummaryOptions options() {
        SummaryOptions d = SummaryOptions.defaults();
        return new SummaryOptions(false, false, d.sections(), "Bench Clinician", "LCSW", d.paper(), true);
    }

    /** A fresh JVM each time: the first unlock and the first summary a clinician's session pays for. */
    private void coldChildren(Path folder, Benchmarks.SummaryTarget target, String label) {
        step("cold unlock and summary in fresh processes " + label);
        coldChildren(folder, target, label, List.of(), "");
        Processes.shippedArchive().ifPresentOrElse(archive -> {
            step("cold unlock and summary, as shipped (the build's AppCDS archive) " + label);
            coldChildren(folder, target, label, List.of("-XX:SharedArchiveFile=" + archive),
                    ", as shipped (the build's AppCDS archive)");
        }, () -> report.note("The cold rows as shipped are missing: run the bench from target/goldseam.jar after `mvn package`."));
    }

    /** Fresh JVMs, each unlocking and making one summary: what the first summary of a working day costs. */
    private void coldChildren(Path folder, Benchmarks.SummaryTarget target, String label, List<String> jvmOptions,
                              String how) {
        Path out = config.workDir().resolve("bench-cold.pdf");
        List<Double> derive = new ArrayList<>();
        List<Double> open = new ArrayList<>();
        List<Double> summary = new ArrayList<>();
        for (int i = 0; i < config.slowRuns(); i++) {
            Processes.Result r = Processes.run(Processes.java(jvmOptions, BenchChild.class.getName(), BenchChild.COLD,
                    folder.toString(), config.passphraseFile().toString(), out.toString(), Long.toString(target.clientId()),
                    target.from().toString(), target.to().toString()), 600);
            derive.add(number(r, "derive_ms"));
            open.add(number(r, "open_ms"));
            summary.add(number(r, "summary_cold_ms"));
        }
        try {
            Files.deleteIfExists(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report.add(BenchRow.plain("unlock", "key derivation, first in a fresh JVM" + how, label, Stats.of(derive).describe("ms")));
        report.add(BenchRow.plain("unlock", "open the database, first in a fresh JVM (H2, Flyway check)" + how, label,
                Stats.of(open).describe("ms")));
        Stats cold = Stats.of(summary);
        report.add(new BenchRow("summary", "one 12-month summary PDF, first in a fresh JVM (cold)" + how, label,
                cold.describe("ms"), null, null, "≤ 2,000 ms", cold.median() <= 2_000));
    }

    private void memory(Path folder, String label) {
        step("memory " + label);
        List<String> capped = new ArrayList<>(List.of("-Xmx256m"));
        Processes.Result within = Processes.run(child(capped, folder), 900);
        Processes.Result free = Processes.run(child(List.of(), folder), 900);
        boolean fits = within.value("error") == null && within.value("heap_peak_mb") != null;
        report.add(new BenchRow("memory", "vault open, index built, every query run 3× — with -Xmx256m: "
                + (fits ? "completes" : "fails (" + within.value("error") + ")"), label,
                fits ? "heap pools' peaks summed " + number(within, "heap_peak_mb") + " MB, live after GC "
                        + number(within, "heap_live_mb") + " MB, RSS peak " + number(within, "rss_peak_mb") + " MB" : "—",
                null, null, "heap ≤ 256 MB", fits));
        report.add(BenchRow.plain("memory", "the same with the JVM's default heap (¼ of RAM)", label,
                "heap pools' peaks summed " + number(free, "heap_peak_mb") + " MB, live after GC " + number(free, "heap_live_mb")
                        + " MB, RSS peak " + number(free, "rss_peak_mb") + " MB"));
    }

    private List<String> child(List<String> jvm, Path folder) {
        List<String> args = new ArrayList<>(List.of(BenchChild.MEMORY, folder.toString(), config.passphraseFile().toString()));
        args.addAll(BenchQuery.queries());
        return Processes.java(jvm, BenchChild.class.getName(), args.toArray(String[]::new));
    }

    private void startup(Path folder) {
        if (!config.startup()) {
            report.note("Start-up was not measured (--no-startup).");
            return;
        }
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            report.note("Start-up was not measured: there is no display (DISPLAY is not set). Run the bench under "
                    + "a desktop session or a virtual display, e.g. `xvfb-run -a java -jar target/goldseam.jar bench`.");
            return;
        }
        step("start-up: Goldseam's window vs a bare FlatLaf window");
        StartupBench startup = new StartupBench(config.workDir());
        StartupBench.Launch app = StartupBench.app(folder);
        StartupBench.Launch bare = StartupBench.bare();
        int runs = Math.max(config.runs(), 5);
        List<Stats> plain = startup.compare(app, bare, 1, runs);
        startupRow("launch → main window shown (unlock screen), both plain JVMs", plain.get(0), plain.get(1), "bare window");
        StartupBench.Launch shipped = StartupBench.shipped(folder);
        if (shipped == null) {
            report.note("The row for Goldseam as shipped is missing: run the bench from target/goldseam.jar after "
                    + "`mvn package`, which also builds the AppCDS archive target/goldseam.jsa.");
        } else {
            step("start-up as shipped (the build's AppCDS archive)");
            List<Stats> asShipped = startup.compare(shipped, bare, 1, runs);
            startupRow("launch → main window shown, Goldseam as the README starts it (the build's AppCDS archive)",
                    asShipped.get(0), asShipped.get(1), "bare window, plain");
        }
        step("start-up with AppCDS archives");
        StartupBench.Launch appCds = startup.withArchive(app, "bench-app");
        StartupBench.Launch bareCds = startup.withArchive(bare, "bench-bare");
        if (appCds == null || bareCds == null) {
            report.note("The AppCDS rows are missing: the JVM wrote no archive at exit.");
            return;
        }
        List<Stats> cds = startup.compare(appCds, bareCds, 1, runs);
        startupRow("launch → main window shown, both with an AppCDS archive", cds.get(0), cds.get(1), "bare window + AppCDS");
        startupRow("Goldseam with AppCDS vs the plain bare window", cds.get(0), plain.get(1), "bare window, plain");
    }

    private void startupRow(String measure, Stats app, Stats bare, String baseline) {
        double ratio = app.median() / bare.median();
        report.add(new BenchRow("start-up", measure, "—", app.describe("ms"), baseline + " " + bare.describe("ms"),
                String.format("%.2f× the floor", ratio), "≤ 1.3×", ratio <= 1.3));
    }

    private static double number(Processes.Result result, String key) {
        String value = result.value(key);
        if (value == null) {
            String error = result.value("error");
            throw new BenchException("A measuring process gave no " + key + (error == null ? "" : " (" + error + ")") + ".");
        }
        return Math.round(Double.parseDouble(value) * 10) / 10.0;
    }

    private void step(String what) {
        progress.println("bench: " + what);
        progress.flush();
    }
}
