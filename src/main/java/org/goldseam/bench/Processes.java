package org.goldseam.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** Launching child processes the way the benchmarks need: this JVM's java and class path. */
final class Processes {
    private Processes() {
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String classPath() {
        return System.getProperty("java.class.path");
    }

    /**
     * The AppCDS archive {@code mvn package} builds beside {@code goldseam.jar} (ADR 0011), when this
     * JVM runs from that jar; empty when run from classes (an IDE, the tests).
     */
    static java.util.Optional<Path> shippedArchive() {
        for (String entry : classPath().split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath();
            Path archive = jar.resolveSibling("goldseam.jsa");
            if (jar.getFileName().toString().equals("goldseam.jar") && java.nio.file.Files.isRegularFile(archive)) {
                return java.util.Optional.of(archive);
            }
        }
        return java.util.Optional.empty();
    }

    /** {@code java [jvmOptions] -cp CLASSPATH mainClass args}. */
    static List<String> java(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** Runs a command to its end and returns its standard output lines; standard error is dropped. */
    static Result run(List<String> command, long timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new BenchException("A measuring process did not finish within " + timeoutSeconds + " s: " + command.get(command.size() - 1));
            }
            return new Result(process.exitValue(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("The bench was interrupted.");
        }
    }

    record Result(int exitCode, List<String> lines) {
        /** The value of the first line "key value", or null. */
        @Nullable String value(String key) {
            for (String line : lines) {
                if (line.startsWith(key + " ")) {
                    return line.substring(key.length() + 1).trim();
                }
            }
            return null;
        }
    }
}
