package org.goldseam.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Runs a piece of work a few times unmeasured (warm-up), then measures it several times. */
final class Timer {
    private Timer() {
    }

    static Stats repeat(int warmups, int runs, Runnable work) {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        List<Double> millis = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return Stats.of(millis);
    }

    /** For work that reports its own duration in milliseconds (e.g. only part of what it does). */
    static Stats repeatReported(int warmups, int runs, Supplier<Double> work) {
        for (int i = 0; i < warmups; i++) {
            var unused = work.get(); // a warm-up: only the timed runs count
        }
        List<Double> millis = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            millis.add(work.get());
        }
        return Stats.of(millis);
    }
}
