package org.goldseam.bench;

import java.time.Clock;
import org.goldseam.vault.Vault;

/**
 * Measures autosave with the app's own note editor presenter. The presenter lives in the app, which
 * depends on this package, so the app hands its implementation in (no package cycle).
 */
public interface AutosaveProbe {
    /**
     * Types {@code keystrokes} characters into a new draft note, {@code intervalMillis} apart,
     * {@code bursts} times, waiting each time until the status reads "Saved".
     */
    Result measure(Vault vault, Clock clock, int bursts, int keystrokes, int intervalMillis);

    /**
     * @param lastKeyToSaved milliseconds from the last keystroke of a burst to the note being committed
     * @param longestUiTask  the longest single task on the UI thread while typing and saving, ms
     * @param autosaveDelay  the deliberate quiet time before saving, ms
     */
    record Result(Stats lastKeyToSaved, double longestUiTask, long autosaveDelay) {
    }
}
