package org.goldseam.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.goldseam.vault.Vault;

/**
 * A second JVM that opens a test vault, for what one process cannot show: the file lock between
 * processes, and a process that dies without closing its vault.
 *
 * <p>Modes: {@code hold} opens the vault, prints {@code OPEN} and keeps it open until its standard
 * input closes; {@code crash} opens it, runs a statement, prints {@code WRITTEN} and halts the JVM
 * without closing anything.
 */
public final class VaultChildProcess {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        Vault vault = TestVaults.open(folder);
        if (args[0].equals("crash")) {
            vault.database().dsl().execute(args[2]);
            System.out.println("WRITTEN");
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
        System.out.println("OPEN");
        System.out.flush();
        while (System.in.read() >= 0) {
            // hold the vault open until the parent closes our standard input
        }
        vault.close();
    }

    /** Starts a child and waits (bounded) until it prints {@code expectedLine}. */
    public static Process start(String mode, Path folder, String expectedLine, String... extra) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                VaultChildProcess.class.getName(), mode, folder.toString()));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.equals(expectedLine)) {
                return process;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("child did not print " + expectedLine + ":\n" + seen);
    }
}
