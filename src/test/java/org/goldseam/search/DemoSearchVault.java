package org.goldseam.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.goldseam.app.cli.CliRun;

/** One synthetic demo caseload for the search tests, written through the real {@code goldseam demo}. */
final class DemoSearchVault {
    private DemoSearchVault() {
    }

    static Path write(Path dir) throws Exception {
        Path vault = dir.resolve("demo");
        CliRun run = CliRun.run("demo", "--data-dir", vault.toString(), "--passphrase-file",
                CliRun.defaultPassphraseFile(dir).toString(), "--clients", "20", "--sessions", "30", "--seed", "5",
                "--as-of", "2026-11-20");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return vault;
    }
}
