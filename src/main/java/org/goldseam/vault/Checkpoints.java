package org.goldseam.vault;

/**
 * Told each time a multi-step change of the vault's files (restore, passphrase change) reaches a
 * named step. Production passes {@link #NONE}; the fault tests stop the change at every step in
 * turn to prove that each point of interruption leaves one complete vault.
 */
@FunctionalInterface
public interface Checkpoints {
    Checkpoints NONE = step -> { };

    void reached(String step);
}
