package org.goldseam.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.goldseam.app.cli.CliRun;
import org.goldseam.app.services.VaultServices;
import org.goldseam.clients.ClientSummary;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;

/** A demo caseload in a real encrypted vault, opened with the services the desktop app uses. */
public final class DemoWorkspace implements AutoCloseable {
    private final Vault vault;
    private final VaultServices services;

    private DemoWorkspace(Vault vault) {
        this.vault = vault;
        this.services = VaultServices.of(vault, TestVaults.CLOCK);
    }

    private static DemoWorkspace shared;

    /**
     * One demo vault for every workspace test class in this JVM: writing it takes a while on a busy
     * machine. Tests that change data do so on clients they add themselves.
     */
    public static synchronized DemoWorkspace shared() throws Exception {
        if (shared == null) {
            Path dir = Files.createTempDirectory("goldseam-workspace-demo");
            shared = create(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.close();
                deleteTree(dir);
            }));
        }
        return shared;
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temp folder left behind is harmless
        }
    }

    /** Writes a 20-client demo into {@code dir/vault} and opens it. */
    public static DemoWorkspace create(Path dir) throws Exception {
        Path folder = dir.resolve("vault");
        CliRun demo = CliRun.run("demo", "--data-dir", folder.toString(), "--passphrase-file",
                CliRun.defaultPassphraseFile(dir).toString(), "--clients", "20", "--sessions", "30", "--seed", "5",
                "--as-of", "2026-11-20");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        return new DemoWorkspace(TestVaults.open(folder));
    }

    /** Opens a demo vault written earlier into {@code dir/vault}. */
    public static DemoWorkspace open(Path dir) {
        return new DemoWorkspace(TestVaults.open(dir.resolve("vault")));
    }

    public VaultServices services() {
        return services;
    }

    /** The id of the first client in the list (the demo writes several sessions for every client). */
    public long firstClientId() {
        return services.clients().listAll().stream().mapToLong(ClientSummary::id).min().orElseThrow();
    }

    @Override
    public void close() {
        vault.close();
    }
}
