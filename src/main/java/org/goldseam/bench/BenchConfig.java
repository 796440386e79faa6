package org.goldseam.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How one bench run goes.
 *
 * @param workDir        demo vaults are built here once and reused by later runs (named by size and seed)
 * @param passphraseFile the passphrase of every vault in {@code workDir}
 * @param runs           measured repetitions of each fast measurement (slow ones run fewer times)
 * @param batchClients   how many clients the summary batch covers
 * @param startup        measure start-up (needs a display)
 * @param searchOnly     only unlock, index build, the searches and their growth (skip summaries, autosave,
 *                       memory and start-up): for iterating on search performance
 */
public record BenchConfig(List<VaultSize> sizes, Path workDir, Path passphraseFile, long seed, LocalDate asOf,
                          int runs, int batchClients, boolean startup, boolean searchOnly) {
    public BenchConfig {
        sizes = List.copyOf(sizes);
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("at least one vault size");
        }
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(passphraseFile, "passphraseFile");
        if (runs < 1) {
            throw new IllegalArgumentException("at least one run");
        }
    }

    public VaultSize largest() {
        return sizes.get(sizes.size() - 1);
    }

    public VaultSize smallest() {
        return sizes.get(0);
    }

    int warmups() {
        return runs >= 5 ? 2 : 1;
    }

    /** Fewer repetitions for what takes seconds each time. */
    int slowRuns() {
        return Math.max(1, Math.min(runs, 3));
    }

    Path vaultFolder(VaultSize size) {
        return workDir.resolve("vault-" + size.clients() + "x" + size.sessions() + "-seed" + seed);
    }
}
