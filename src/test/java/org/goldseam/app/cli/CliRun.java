package org.goldseam.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.goldseam.testing.TestVaults;

/** Runs the real command line in this JVM and keeps what it printed. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        GoldseamCommand command = new GoldseamCommand(new CliContext(TestVaults.CLOCK, TestVaults.vaults()),
                (folder, context) -> {
                    throw new AssertionError("a test must not start the desktop app");
                });
        int code = GoldseamCommand.commandLine(command, new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A passphrase file in {@code dir} holding {@code passphrase}, for --passphrase-file. */
    public static Path passphraseFile(Path dir, String passphrase) throws java.io.IOException {
        Path file = Files.createTempFile(dir, "passphrase", ".txt");
        Files.writeString(file, passphrase + "\n");
        return file;
    }

    public static Path defaultPassphraseFile(Path dir) throws java.io.IOException {
        return passphraseFile(dir, new String(TestVaults.PASSPHRASE));
    }
}
