package org.goldseam.bench;

import org.goldseam.summary.persistence.SummaryRepository;
import org.goldseam.summary.render.SummaryPdf;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.goldseam.search.SearchService;
import org.goldseam.summary.CancellationFlag;
import org.goldseam.summary.ProgressListener;
import org.goldseam.summary.SummaryOptions;
import org.goldseam.summary.SummaryPeriod;
import org.goldseam.summary.SummaryRequest;
import org.goldseam.summary.SummaryService;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultHeader;
import org.goldseam.vault.VaultHeaderFile;
import org.goldseam.vault.VaultKeys;
import org.goldseam.vault.Vaults;

/**
 * The measurements that need a fresh JVM, run by {@code goldseam bench} as a child process: the
 * first unlock and the first summary of a process (cold), and the memory a searched vault takes.
 * Prints "key value" lines on standard output; never anything from the vault.
 */
public final class BenchChild {
    static final String COLD = "cold";
    static final String MEMORY = "memory";

    private BenchChild() {
    }

    /**
     * {@code cold VAULT PASSFILE OUT.pdf CLIENT FROM TO} or {@code memory VAULT PASSFILE QUERY…}.
     */
    public static void main(String[] args) {
        try {
            Path folder = Path.of(args[1]);
            char[] passphrase = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8).get(0).toCharArray();
            Clock clock = Clock.system(ZoneId.systemDefault());
            if (COLD.equals(args[0])) {
                cold(folder, passphrase, clock, Path.of(args[3]), Long.parseLong(args[4]),
                        new SummaryPeriod(LocalDate.parse(args[5]), LocalDate.parse(args[6])));
            } else if (MEMORY.equals(args[0])) {
                memory(folder, passphrase, clock, Arrays.asList(args).subList(3, args.length));
            } else {
                System.out.println("error unknown-mode");
            }
        } catch (IOException | RuntimeException e) {
            // the class only: a message could quote a path or, worse, client data
            System.out.println("error " + e.getClass().getName());
        }
    }

    private static void cold(Path folder, char[] passphrase, Clock clock, Path out, long clientId, SummaryPeriod period) {
        VaultHeader header = VaultHeaderFile.read(new VaultFiles(folder).header());
        long start = System.nanoTime();
        VaultKeys.derive(passphrase, header.kdf(), header.vaultId()).destroy();
        long derived = System.nanoTime();
        try (Vault vault = vaultsFor(header, clock).open(folder, passphrase)) {
            long opened = System.nanoTime();
            System.out.println("derive_ms " + (derived - start) / 1e6);
            // the open derives the key again: what is left is H2's open and Flyway's check
            System.out.println("open_ms " + ((opened - derived) - (derived - start)) / 1e6);
            SummaryOptions options = SummaryOptions.defaults();
            options = new SummaryOptions(options.initialsOnly(), false, options.sections(), "Bench Clinician", "LCSW",
                    options.paper(), true);
            long before = System.nanoTime();
            new SummaryService(SummaryRepository.of(vault, clock), clock, SummaryPdf.RENDERER).render(new SummaryRequest(clientId, period, options, out),
                    ProgressListener.NONE, new CancellationFlag());
            System.out.println("summary_cold_ms " + (System.nanoTime() - before) / 1e6);
        }
    }

    private static void memory(Path folder, char[] passphrase, Clock clock, List<String> queries) {
        try (Vault vault = vaultsFor(VaultHeaderFile.read(new VaultFiles(folder).header()), clock).open(folder, passphrase);
             SearchService search = SearchService.open(vault, clock)) {
            search.buildIndex(status -> { });
            for (int round = 0; round < 3; round++) {
                for (String query : queries) {
                    search.search(query, false);
                }
            }
            System.gc();
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.println("heap_live_mb " + live / 1e6);
            System.out.println("heap_peak_mb " + peakHeap() / 1e6);
            System.out.println("heap_committed_mb " + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / 1e6);
            System.out.println("rss_peak_mb " + rssPeakKb() / 1e3);
        }
    }

    /**
     * The bench opens only vaults it built itself, with the count of the command that started it; a
     * test's bench builds them with the tests' small count, which the usual floor would refuse.
     */
    private static Vaults vaultsFor(VaultHeader header, Clock clock) {
        int rounds = Math.max(1, Math.min(header.kdf().iterations(), org.goldseam.vault.KdfParameters.MAX_ITERATIONS));
        return new Vaults(clock, new java.security.SecureRandom(), rounds);
    }

    /** The sum of every heap pool's peak: an upper bound of the heap in use at any one moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** VmHWM from /proc/self/status (Linux): the most resident memory the process ever had, in kB. */
    static long rssPeakKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
