package org.goldseam.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Process launch → window shown, for Goldseam's main window (its unlock screen) and for a bare
 * FlatLaf window launched the same way; each plain and with an AppCDS archive made for it.
 * The child prints the wall-clock moment its window opened; this process noted when it launched it.
 */
final class StartupBench {
    static final String PROBE_LINE = "goldseam-window-shown";
    static final String APP_MAIN = "org.goldseam.app.Main";
    static final String BARE_MAIN = "org.goldseam.bench.ui.BareWindow";

    private final Path workDir;

    StartupBench(Path workDir) {
        this.workDir = workDir;
    }

    /** A child JVM: {@code java OPTIONS -cp … MAIN ARGS}, or with {@code jar} set {@code java OPTIONS -jar JAR ARGS}. */
    record Launch(String mainClass, List<String> jvmOptions, List<String> args, @Nullable Path jar) {
        Launch(String mainClass, List<String> jvmOptions, List<String> args) {
            this(mainClass, jvmOptions, args, null);
        }

        Launch withOption(String option) {
            List<String> options = new ArrayList<>(jvmOptions);
            options.add(option);
            return new Launch(mainClass, options, args, jar);
        }

        List<String> command() {
            if (jar == null) {
                return Processes.java(jvmOptions, mainClass, args.toArray(String[]::new));
            }
            List<String> command = new ArrayList<>();
            command.add(Processes.javaBinary());
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add(jar.toString());
            command.addAll(args);
            return command;
        }
    }

    static Launch app(Path vaultFolder) {
        return new Launch(APP_MAIN, List.of("-Dgoldseam.bench.startupProbe=true"), List.of("--data-dir", vaultFolder.toString()));
    }

    /**
     * Goldseam launched as the README launches it: {@code java -XX:SharedArchiveFile=target/goldseam.jsa
     * -jar target/goldseam.jar}, with the AppCDS archive the build makes from src/main/cds. Null when
     * this bench does not run from the built jar or the archive is missing.
     */
    static @Nullable Launch shipped(Path vaultFolder) {
        return Processes.shippedArchive().map(archive -> new Launch(APP_MAIN,
                List.of("-XX:SharedArchiveFile=" + archive, "-Dgoldseam.bench.startupProbe=true"),
                List.of("--data-dir", vaultFolder.toString()), archive.resolveSibling("goldseam.jar"))).orElse(null);
    }

    static Launch bare() {
        return new Launch(BARE_MAIN, List.of(), List.of());
    }

    /** Milliseconds from starting the process to its window opening. */
    double once(Launch launch) {
        List<String> command = launch.command();
        long launched = System.currentTimeMillis();
        Process process = start(command);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(PROBE_LINE + " ")) {
                    return Long.parseLong(line.substring(PROBE_LINE.length() + 1).trim()) - launched;
                }
            }
            throw new BenchException("The window of " + launch.mainClass() + " never opened (no display, or it failed to start).");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stop(process);
        }
    }

    /**
     * Makes an AppCDS archive of the classes a launch loads up to its window (the JVM writes it as
     * the process ends) and returns the launch that uses it, or null if no archive was written.
     */
    @Nullable Launch withArchive(Launch launch, String name) {
        Path archive = workDir.resolve(name + ".jsa");
        try {
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        once(launch.withOption("-XX:ArchiveClassesAtExit=" + archive));
        return Files.exists(archive) ? launch.withOption("-XX:SharedArchiveFile=" + archive) : null;
    }

    /** Alternates the two launches, so that the machine's other load falls on both alike. */
    List<Stats> compare(Launch first, Launch second, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            once(first);
            once(second);
        }
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            a.add(once(first));
            b.add(once(second));
        }
        return List.of(Stats.of(a), Stats.of(b));
    }

    private static Process start(List<String> command) {
        try {
            return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, so the JVM shuts down normally (and writes an AppCDS archive when asked to). */
    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
