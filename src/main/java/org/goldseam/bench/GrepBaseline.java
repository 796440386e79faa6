package org.goldseam.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.bench.persistence.BenchNotes;
import org.goldseam.vault.Vault;

/**
 * What a clinician without Goldseam does: notes as plain text files in a folder, searched with
 * {@code grep -rl}. The folder is made from a vault and deleted afterwards ({@link #close}).
 */
final class GrepBaseline implements AutoCloseable {
    private final Path folder;
    private final int files;

    private GrepBaseline(Path folder, int files) {
        this.folder = folder;
        this.files = files;
    }

    static GrepBaseline writtenFrom(Vault vault, Path parent) {
        try {
            Path folder = Files.createTempDirectory(parent, "plain-notes-");
            try {
                int files = BenchNotes.of(vault).writePlainText(folder);
                return new GrepBaseline(folder, files);
            } catch (RuntimeException e) {
                deleteTree(folder);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int files() {
        return files;
    }

    /** Runs {@code grep -rl OPTIONS PATTERN FOLDER}; returns how many files matched. */
    int grep(List<String> options, String pattern) {
        List<String> command = new ArrayList<>();
        command.add("grep");
        command.add("-rl");
        command.addAll(options);
        command.add("--");
        command.add(pattern);
        command.add(folder.toString());
        Processes.Result result = Processes.run(command, 600);
        if (result.exitCode() > 1) {
            throw new BenchException("grep failed (exit " + result.exitCode() + ") for the pattern " + pattern);
        }
        return result.lines().size();
    }

    @Override
    public void close() {
        deleteTree(folder);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
