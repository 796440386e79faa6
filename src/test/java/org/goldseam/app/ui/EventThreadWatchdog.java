package org.goldseam.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/**
 * Watches the event thread while a test types: every few milliseconds it looks at what the event
 * thread is running, and records each time it was inside database, storage, file, search-index or
 * PDF code, which must never run there. It also measures the longest time a trivial posted task
 * waited, for the test to print: on a shared machine that number includes garbage collection and
 * the scheduler, so it is reported, not asserted (speed is measured in {@code goldseam bench}).
 */
final class EventThreadWatchdog implements AutoCloseable {
    /** Code that touches the disk or the database: its presence on the event thread is the defect. */
    private static final List<String> BLOCKING = List.of("org.h2.", "org.jooq.", "org.apache.lucene.", "org.apache.pdfbox.",
            "com.openhtmltopdf.", "org.flywaydb.", "java.io.FileOutputStream", "java.io.FileInputStream",
            "java.io.RandomAccessFile", "sun.nio.ch.FileChannelImpl", "java.nio.file.Files");

    private final AtomicLong longestNanos = new AtomicLong();
    private final List<String> blockingSeen = new ArrayList<>();
    private final Thread edt;
    private final Thread sampler;
    private final Thread prober;
    private volatile boolean running = true;

    EventThreadWatchdog() {
        AtomicReference<Thread> found = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> found.set(Thread.currentThread()));
        } catch (Exception e) {
            throw new IllegalStateException("could not reach the event thread", e);
        }
        edt = found.get();
        sampler = new Thread(this::sample, "edt-sampler");
        prober = new Thread(this::probe, "edt-prober");
        sampler.setDaemon(true);
        prober.setDaemon(true);
        sampler.start();
        prober.start();
    }

    private void sample() {
        while (running) {
            StackTraceElement[] stack = edt.getStackTrace();
            // the JVM reading a class from the class path, or glyphs from a font file, the first time they are
            // used is not the program's disk work
            boolean jvmLoading = java.util.Arrays.stream(stack).anyMatch(frame -> frame.getClassName().startsWith("jdk.internal.loader.")
                    || frame.getClassName().equals("java.lang.ClassLoader") || frame.getClassName().startsWith("sun.font."));
            for (StackTraceElement frame : jvmLoading ? new StackTraceElement[0] : stack) {
                if (BLOCKING.stream().anyMatch(frame.getClassName()::startsWith)) {
                    synchronized (blockingSeen) {
                        blockingSeen.add(frame.getClassName() + "." + frame.getMethodName() + " (called from " + ownFrame(stack) + "; "
                                + java.util.Arrays.stream(stack).limit(14).map(String::valueOf).collect(java.util.stream.Collectors.joining(" < ")) + ")");
                    }
                    break;
                }
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The innermost Goldseam frame: where the blocking call came from. */
    private static String ownFrame(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("org.goldseam.")) {
                return frame.getClassName() + "." + frame.getMethodName();
            }
        }
        return "no Goldseam frame";
    }

    private void probe() {
        while (running) {
            long posted = System.nanoTime();
            java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
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

    /** Every moment the event thread was seen inside database, storage or file code. */
    List<String> blockingCalls() {
        synchronized (blockingSeen) {
            return List.copyOf(blockingSeen);
        }
    }

    long longestMillis() {
        return TimeUnit.NANOSECONDS.toMillis(longestNanos.get());
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        prober.interrupt();
    }
}
