package org.goldseam.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A size-limited folder: a tmpfs mounted for the test when the test runs as root on Linux (as CI
 * does), otherwise nothing, and the disk-full tests say they were skipped and why.
 */
final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code megabytes} at {@code mountPoint}, or returns null when that is not possible here. */
    static SmallDisk mount(Path mountPoint, int megabytes) throws IOException, InterruptedException {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return null;
        }
        Files.createDirectories(mountPoint);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0700", "tmpfs",
                mountPoint.toString()).redirectErrorStream(true).start();
        mount.getInputStream().readAllBytes();
        if (!mount.waitFor(30, TimeUnit.SECONDS) || mount.exitValue() != 0) {
            return null;
        }
        return new SmallDisk(mountPoint);
    }

    Path root() {
        return mountPoint;
    }

    /** Fills the disk with a file until only about {@code leaveBytes} remain. */
    Path fillLeaving(long leaveBytes) throws IOException {
        Path filler = mountPoint.resolve("filler.bin");
        long free = Files.getFileStore(mountPoint).getUsableSpace();
        try (var out = Files.newOutputStream(filler)) {
            byte[] block = new byte[64 * 1024];
            for (long written = 0; written < free - leaveBytes; written += block.length) {
                out.write(block);
            }
        }
        return filler;
    }

    @Override
    public void close() throws IOException {
        Process umount = new ProcessBuilder("umount", "-l", mountPoint.toString()).redirectErrorStream(true).start();
        umount.getInputStream().readAllBytes();
        try {
            umount.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while unmounting " + mountPoint);
        }
    }
}
