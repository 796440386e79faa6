package org.goldseam.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.goldseam.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that {@code goldseam bench} runs end to end on a tiny vault and prints every row. No time is
 * asserted: benchmarks measure, tests do not.
 */
class BenchSmokeTest {
    @TempDir
    static Path work;

    @Test
    void benchPrintsEveryRowAndLeavesNoPlainTextBehind() throws IOException {
        Path out = work.resolve("bench.md");
        CliRun run = CliRun.run("bench", "--sizes", "4x5,3x5", "--runs", "1", "--batch", "2", "--no-startup",
                "--work-dir", work.toString(), "--passphrase-file", CliRun.defaultPassphraseFile(work).toString(),
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String table = run.out();
        assertThat(Files.readString(out)).isEqualTo(table);
        assertThat(table).startsWith("| area | measure | vault | Goldseam | baseline | ratio | goal | |");
        for (BenchQuery query : BenchQuery.ALL) {
            // each query once per size, and once for the growth between the sizes (smaller size first)
            assertThat(rows(table, query.label())).hasSize(3);
        }
        assertThat(rows(table, "| growth |")).allMatch(row -> row.contains("3 × 5 → 4 × 5"));
        assertThat(rows(table, "key derivation (PBKDF2")).hasSize(2);
        assertThat(rows(table, "full-text index build after unlock")).hasSize(2);
        assertThat(rows(table, "| summary | one 12-month summary PDF, busiest client, warm | 4 × 5 |")).hasSize(1);
        assertThat(rows(table, "first in a fresh JVM (cold)")).hasSize(1);
        assertThat(rows(table, "| summary | batch of 2 active clients (2 written)")).hasSize(1);
        assertThat(rows(table, "| autosave |")).hasSize(2);
        assertThat(rows(table, "with -Xmx256m: completes")).hasSize(1);
        assertThat(table).contains("Start-up was not measured (--no-startup).");
        assertThat(rows(table, "grep -rl")).allMatch(row -> row.matches(".*\\d+(\\.\\d)?× (faster|slower).*"));
        // the plain-text copies for grep and the PDFs are gone; the demo vaults stay for the next run
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("plain-notes-") || name.endsWith(".pdf") || name.equals("bench-batch"))
                    .contains("vault-3x5-seed42", "vault-4x5-seed42");
        }
    }

    private static List<String> rows(String table, String containing) {
        return table.lines().filter(line -> line.contains(containing)).toList();
    }
}
