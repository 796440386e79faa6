package org.goldseam.app.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.SwingUtilities;

/**
 * Measures how long the event thread takes to run a trivial task posted every few milliseconds:
 * the longest wait is the longest time the UI was frozen.
 */
final class EventThreadWatchdog implements AutoCloseable {
    private final AtomicLong longestNanos = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    EventThreadWatchdog() {
        thread = new Thread(this::watch, "edt-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            long posted = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            SwingUtilities.invokeLater(ran::countDown);
            try {
                ran.await(10, TimeUnit.SECONDS);
                longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long longestMillis() {
        return TimeUnit.NANOSECONDS.toMillis(longestNanos.get());
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
