package org.goldseam.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * File operations that survive a power cut: data is forced to the disk before it is renamed into
 * place, and the folder entry of every rename is forced too, so after a crash a file is either the
 * old one or the complete new one.
 */
public final class Durable {
    private Durable() {
    }

    /** Writes {@code bytes} to a temporary sibling, forces it, then renames it over {@code file}. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp); // a leftover may have a wider mode; the new one is created private
        try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                privateFile(temp))) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        move(temp, file);
    }

    /** Renames atomically (replacing {@code target}) and forces both folders' entries. */
    /** SHA-256 of a file's bytes, as lower-case hex. */
    public static String sha256(Path file) throws IOException {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (var in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    public static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(target.getParent());
        if (!Objects.equals(source.getParent(), target.getParent())) {
            syncFolder(source.getParent());
        }
    }

    /** Copies a file and forces the copy to the disk. */
    public static long copy(Path source, Path target, ByteProgress progress) throws IOException {
        long total = Files.size(source);
        long done = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(source);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream stream = java.nio.channels.Channels.newOutputStream(out);
            int read;
            while ((read = in.read(buffer)) >= 0) {
                stream.write(buffer, 0, read);
                done += read;
                progress.bytes(done, total);
            }
            stream.flush();
            out.force(true);
        }
        return done;
    }

    /**
     * Forces a folder's entries (new, renamed, removed files) to the disk. Linux and macOS allow
     * this; Windows does not open folders as files, and its NTFS journals renames itself.
     */
    public static void syncFolder(@Nullable Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported on this platform; the rename itself is still atomic
        }
    }

    /**
     * Makes sure {@code folder} exists. Every folder this call creates (the folder and any missing
     * parents) is made readable by the clinician's own account only; a folder that already exists is
     * used as it is, its mode untouched: it may be a shared folder whose mode others rely on (a
     * sticky, world-writable one for instance), and what Goldseam writes into it is private anyway.
     */
    public static void createPrivateFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path at = absolute; at != null && !Files.exists(at); at = at.getParent()) {
            missing.push(at);
        }
        boolean posix = isPosix(absolute);
        for (Path at : missing) {
            try {
                Files.createDirectory(at);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(at)) {
                    throw e;
                }
                continue; // made by someone else in between: theirs, not ours to restrict
            }
            if (posix) {
                // set after creation: the umask may have removed bits, never added any
                Files.setPosixFilePermissions(at, PosixFilePermissions.fromString("rwx------"));
            }
        }
        if (!Files.isDirectory(absolute)) {
            throw new NotDirectoryException(absolute.toString());
        }
    }

    /**
     * The attribute that creates a file readable and writable by its owner only (mode 0600), for
     * {@code FileChannel.open} and {@code Files.createFile}; none where the file system has no POSIX
     * modes (Windows gives a new file its folder's access list).
     */
    public static FileAttribute<?>[] privateFile(Path file) {
        return isPosix(file)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Removes a folder and everything in it; a missing folder is fine. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null && !(exc instanceof NoSuchFileException)) {
                    throw exc;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        syncFolder(folder.getParent());
    }

    /** Told how far a long copy has come; {@code total} is -1 when unknown. */
    @FunctionalInterface
    public interface ByteProgress {
        ByteProgress NONE = (done, total) -> { };

        void bytes(long done, long total);
    }
}
