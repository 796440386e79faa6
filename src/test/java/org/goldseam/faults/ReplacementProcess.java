package org.goldseam.faults;

import java.nio.file.Path;
import org.goldseam.backup.BackupProgress;
import org.goldseam.backup.RestoreService;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Checkpoints;

/**
 * The child the replacement kill test shoots: runs one passphrase change or one restore, printing
 * {@code STARTING} just before it and {@code DONE <milliseconds>} after it.
 */
public final class ReplacementProcess {
    static final char[] NEW_PASSPHRASE = "the passphrase after the change".toCharArray();

    private ReplacementProcess() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[1]);
        System.out.println("STARTING");
        System.out.flush();
        long started = System.nanoTime();
        if (args[0].equals("passphrase")) {
            TestVaults.vaults().changePassphrase(folder, TestVaults.PASSPHRASE, NEW_PASSPHRASE, vault -> { }, Checkpoints.NONE);
        } else {
            new RestoreService(TestVaults.vaults(), TestVaults.CLOCK, "Dr Imaginary").restore(Path.of(args[2]), folder,
                    TestVaults.PASSPHRASE, Path.of(args[3]), BackupProgress.NONE, Checkpoints.NONE);
        }
        System.out.println("DONE " + (System.nanoTime() - started) / 1_000_000);
        System.out.flush();
    }
}
