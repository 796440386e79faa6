package org.goldseam.faults;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.goldseam.app.cli.CliContext;
import org.goldseam.app.cli.GoldseamCommand;

/**
 * One side of a race: a JVM that runs a Goldseam command with the production settings (the real
 * key-stretching count, so creating takes as long as it does for a clinician), but only once a start
 * file appears, so that two of them begin within milliseconds of each other.
 *
 * <p>Arguments: {@code START_FILE} then the command line. Prints {@code READY}, then waits.
 */
public final class CreationRaceProcess {
    public static void main(String[] args) throws Exception {
        Path start = Path.of(args[0]);
        System.out.println("READY");
        System.out.flush();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(start) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.Charset.defaultCharset()), true);
        GoldseamCommand command = new GoldseamCommand(CliContext.production(), (folder, context) -> {
            throw new IllegalStateException("no desktop in a race");
        });
        String[] line = java.util.Arrays.copyOfRange(args, 1, args.length);
        int code = GoldseamCommand.commandLine(command, out, out).execute(line);
        out.flush();
        System.exit(code);
    }
}
