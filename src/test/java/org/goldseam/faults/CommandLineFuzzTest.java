package org.goldseam.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import java.util.Set;
import java.util.TreeSet;
import org.goldseam.app.cli.CliContext;
import org.goldseam.app.cli.CliRun;
import org.goldseam.app.cli.GoldseamCommand;
import picocli.CommandLine;
import org.goldseam.backup.BackupKind;
import org.goldseam.backup.BackupProgress;
import org.goldseam.backup.BackupResult;
import org.goldseam.backup.BackupService;
import org.goldseam.backup.BackupSettings;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Durable;
import org.goldseam.vault.Vault;

/**
 * Property-based fuzzing of every sub-command's argument parsing (all of them, as picocli lists them):
 * option names from all commands,
 * mixed with nonsense, in any order, with values that are wrong in every way the fuzzer can think of.
 * Whatever comes in, the command ends with a documented exit code and a message, never exit 1 (an
 * unexpected error) and never a stack trace.
 *
 * <p>No generated command can write a vault: every folder offered is either impossible to create,
 * holds a vault whose passphrase the fuzzer never has, or holds a damaged one.
 */
class CommandLineFuzzTest {
    /** Every sub-command and every option name they declare, read from picocli: a new command is fuzzed too. */
    private static final List<String> COMMANDS = new ArrayList<>();
    private static final List<String> OPTIONS = new ArrayList<>(List.of("--", "-", "--unknown", "-x"));
    private static Path root;
    private static List<String> folders;
    private static List<String> passphraseFiles;
    private static List<String> files;

    @BeforeContainer
    static void playground() throws Exception {
        java.io.PrintWriter quiet = new java.io.PrintWriter(java.io.Writer.nullWriter());
        CommandLine cli = GoldseamCommand.commandLine(new GoldseamCommand(new CliContext(TestVaults.CLOCK, TestVaults.vaults()),
                (folder, context) -> { }), quiet, quiet);
        COMMANDS.addAll(new TreeSet<>(cli.getSubcommands().keySet()));
        Set<String> options = new TreeSet<>();
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().options().forEach(option -> options.addAll(List.of(option.names())));
        }
        OPTIONS.addAll(options);
        root = Files.createTempDirectory("goldseam-fuzz");
        Path vault = root.resolve("vault");
        BackupResult backup;
        try (Vault open = TestVaults.create(vault)) {
            backup = new BackupService(TestVaults.vaults(), TestVaults.CLOCK, "fuzz")
                    .backUp(open, BackupSettings.defaults(open.files()), BackupKind.MANUAL, BackupProgress.NONE);
        }
        Path damaged = root.resolve("damaged");
        Files.createDirectories(damaged);
        Files.writeString(damaged.resolve("goldseam-vault.json"), "{\"format\": \"goldseam-vault\", \"formatVersion\": 1}");
        Files.write(damaged.resolve("goldseam.mv.db"), new byte[] {1, 2, 3});
        Path aFile = Files.writeString(root.resolve("a-file.txt"), "not a folder", StandardCharsets.UTF_8);
        Path notZip = Files.writeString(root.resolve("goldseam-backup-fake.zip"), "PK but not really", StandardCharsets.UTF_8);
        folders = List.of(vault.toString(), damaged.toString(), aFile.resolve("under-a-file").toString());
        passphraseFiles = List.of(root.resolve("missing-pass").toString(),
                Files.writeString(root.resolve("empty-pass"), "").toString(),
                Files.writeString(root.resolve("short-pass"), "short\n").toString(),
                Files.writeString(root.resolve("wrong-pass"), "a long passphrase that is wrong\n").toString(),
                Files.write(root.resolve("binary-pass"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 10}).toString());
        files = List.of(backup.file().toString(), notZip.toString(), aFile.toString(), root.resolve("nope.zip").toString(),
                root.toString(), aFile.resolve("out").toString());
    }

    @AfterContainer
    static void cleanUp() throws Exception {
        Durable.deleteTree(root);
    }

    @Property(tries = 400)
    void anyCommandLineEndsWithADocumentedExitCodeAndNoStackTrace(@ForAll("commandLines") List<String> args) {
        CliRun run = CliRun.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).as("%s%n%s", args, run.err()).isIn(0, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(run.err()).as("%s", args).doesNotContain("\tat ").doesNotContain("unexpected error");
        if (run.exitCode() != 0) {
            assertThat(run.err()).as("%s: a refusal always says why", args).isNotBlank();
        }
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(OPTIONS)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(folders)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(passphraseFiles)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(files)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("table", "json", "csv", "xml", "JSON", "")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("0", "-1", "1", "7", "99999999999999999999", "1e3", "0x10", "NaN")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("2026-11-20", "2026-13-45", "20-11-2026", "export", "note_signed", "x")),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(12)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(6)));
        Arbitrary<List<String>> rest = token.list().ofMaxSize(8);
        return net.jqwik.api.Combinators.combine(Arbitraries.of(COMMANDS), rest, Arbitraries.of(folders), Arbitraries.of(passphraseFiles))
                .as((command, tokens, folder, pass) -> {
                    List<String> line = new ArrayList<>();
                    line.add(command);
                    line.addAll(tokens);
                    // always a safe vault folder: a second --data-dir is a usage error, never the real default folder
                    line.addAll(List.of("--data-dir", folder, "--passphrase-file", pass));
                    return line;
                });
    }
}
