package org.goldseam.app.cli;

import java.time.Clock;
import java.time.ZoneId;
import org.goldseam.vault.Vaults;

/**
 * What commands need from outside: the clock and the vault factory. Tests pass a fixed clock and a
 * {@link Vaults} with a low key-stretching count; production uses the real ones.
 */
public record CliContext(Clock clock, Vaults vaults) {
    public static CliContext production() {
        Clock clock = Clock.system(ZoneId.systemDefault());
        return new CliContext(clock, new Vaults(clock));
    }
}
