package org.goldseam.testing;

import java.util.ArrayList;
import java.util.List;
import org.goldseam.vault.Checkpoints;

/**
 * Stands for the process dying at a checkpoint. An {@link Error}, so that no {@code catch} of the
 * code under test undoes anything: only {@code finally} blocks run, which release locks and close
 * files just as the operating system does for a process that died.
 */
public final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    public SimulatedCrash(String step) {
        super("simulated crash at: " + step);
    }

    /** Checkpoints that record every step reached. */
    public static final class Recorder implements Checkpoints {
        private final List<String> steps = new ArrayList<>();

        @Override
        public void reached(String step) {
            steps.add(step);
        }

        public List<String> steps() {
            return List.copyOf(steps);
        }
    }

    /** Checkpoints that crash when the {@code index}-th step (from 0) is reached. */
    public static Checkpoints at(int index) {
        int[] seen = {0};
        return step -> {
            if (seen[0]++ == index) {
                throw new SimulatedCrash(step);
            }
        };
    }
}
