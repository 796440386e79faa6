package org.goldseam.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.goldseam.bench.persistence.BenchNotes;
import org.goldseam.demo.DemoCaseload;
import org.goldseam.demo.persistence.DemoWriter;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.Vaults;

/**
 * {@code goldseam bench}: builds (or reuses) demo vaults, measures Goldseam against its baselines
 * and returns the table. Nothing here is a pass/fail test; goals are reported, not asserted.
 */
public final class Benchmarks {
    private final BenchConfig config;
    private final Vaults vaults;
    private final Clock clock;
    private final AutosaveProbe autosave;
    private final PrintWriter progress;
    private final BenchReport report = new BenchReport();

    public Benchmarks(BenchConfig config, Vaults vaults, Clock clock, AutosaveProbe autosave, PrintWriter progress) {
        this.config = config;
        this.vaults = vaults;
        this.clock = clock;
        this.autosave = autosave;
        this.progress = progress;
    }

    public BenchReport run() {
        char[] passphrase = passphrase();
        try {
            for (VaultSize size : config.sizes()) {
                ensureVault(size, passphrase);
            }
            VaultBench perSize = new VaultBench(config, vaults, clock, report, progress);
            List<SizeResults> results = new ArrayList<>();
            for (VaultSize size : config.sizes()) {
                results.add(perSize.run(size, passphrase));
            }
            growth(results);
            if (config.searchOnly()) {
                report.note("Only the search rows were measured (--only search).");
            } else {
                new AppBench(config, vaults, clock, report, progress).run(passphrase, autosave);
            }
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        report.note("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK " + System.getProperty("java.version")
                + "; times are medians with (min–max, n runs) after warm-up.");
        return report;
    }

    private char[] passphrase() {
        try {
            List<String> lines = Files.readAllLines(config.passphraseFile(), StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new BenchException("The passphrase file " + config.passphraseFile() + " is empty.");
            }
            return lines.get(0).toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the demo vault for a size unless a previous run left it in the work folder. */
    private void ensureVault(VaultSize size, char[] passphrase) {
        Path folder = config.vaultFolder(size);
        VaultFiles files = new VaultFiles(folder);
        if (files.headerExists() && files.databaseExists()) {
            progress.println("bench: reusing the demo vault " + folder);
            progress.flush();
            return;
        }
        progress.println("bench: building a demo vault of " + size + " (seed " + config.seed() + ") in " + folder);
        progress.flush();
        long start = System.nanoTime();
        try (Vault vault = vaults.create(folder, passphrase)) {
            int step = Math.max(1, size.clients() / 10);
            DemoWriter.write(vault, new DemoCaseload(config.seed(), config.asOf(), clock.getZone()), size.clients(),
                    size.sessions(), clock.getZone(), done -> {
                        if (done % step == 0) {
                            progress.println("bench:   " + done + " of " + size.clients() + " clients written");
                            progress.flush();
                        }
                    });
            vault.database().compactOnClose();
        }
        report.add(BenchRow.plain("setup", "demo vault built (not a goal)", size.toString(),
                Stats.single((System.nanoTime() - start) / 1e6).describe("ms")));
    }

    /** The median time of a query; every size is measured with every query, so one missing is a bug here. */
    private static double median(Map<BenchQuery, Stats> times, BenchQuery query) {
        Stats stats = times.get(query);
        if (stats == null) {
            throw new IllegalStateException("no times were measured for " + query);
        }
        return stats.median();
    }

    /** How each query's time grows from the smallest vault to the largest, for Goldseam and for grep. */
    private void growth(List<SizeResults> results) {
        if (results.size() < 2) {
            return;
        }
        SizeResults small = results.get(0);
        SizeResults large = results.get(results.size() - 1);
        double data = (double) large.size().notes() / small.size().notes();
        String span = small.size() + " → " + large.size();
        for (BenchQuery query : BenchQuery.ALL) {
            double ours = median(large.goldseam(), query) / median(small.goldseam(), query);
            double grep = median(large.grep(), query) / median(small.grep(), query);
            boolean judged = data >= 9.99;
            report.add(new BenchRow("growth", query.label() + String.format(" — %.0f× the notes", data), span,
                    String.format("%.2f× the time", ours), String.format("grep %.2f× the time", grep), null,
                    judged ? "10× data ≤ 2× time" : "(judged only for 10× data)", judged ? ours <= 2 : null));
        }
    }

    /** Facts for the summary benchmarks: the 12 months up to the last session, and its busiest client. */
    record SummaryTarget(long clientId, LocalDate from, LocalDate to) {
    }

    static SummaryTarget summaryTarget(Vault vault, Clock clock) {
        BenchNotes notes = BenchNotes.of(vault);
        OffsetDateTime latest = notes.latestSession().orElseThrow(() -> new BenchException("The demo vault has no sessions."));
        LocalDate to = latest.atZoneSameInstant(clock.getZone()).toLocalDate();
        LocalDate from = to.minusMonths(12).plusDays(1);
        long client = notes.busiestClientSince(from.atStartOfDay(clock.getZone()).toOffsetDateTime())
                .orElseThrow(() -> new BenchException("No client has sessions in the last 12 months."));
        return new SummaryTarget(client, from, to);
    }
}
