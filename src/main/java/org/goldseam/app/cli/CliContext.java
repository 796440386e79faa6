package org.goldseam.app.cli;

import java.time.Clock;
import java.time.ZoneId;
import org.goldseam.backup.UpgradeBackups;
import org.goldseam.vault.Vaults;

/**
 * What commands need from outside: the clock and the vault factory. Tests pass a fixed clock and a
 * {@link Vaults} with a low key-stretching count; production uses the real ones.
 */
public record CliContext(Clock clock, Vaults vaults) {
    public static CliContext production() {
        Clock clock = Clock.system(ZoneId.systemDefault());
        // a vault made by an older Goldseam is backed up (and the backup verified) before its structure is updated
        return new CliContext(clock, new Vaults(clock).withUpgradeBackup(UpgradeBackups.besideVault(clock)));
    }
}
