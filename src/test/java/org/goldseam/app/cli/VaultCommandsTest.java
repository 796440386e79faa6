package org.goldseam.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.goldseam.testing.TestVaults;
import org.goldseam.testing.VaultChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultCommandsTest {
    @TempDir
    Path dir;

    @Test
    void initCreatesAVaultThatCheckFindsSound() throws Exception {
        Path pass = CliRun.defaultPassphraseFile(dir);
        Path vault = dir.resolve("vault");

        CliRun init = CliRun.run("init", "--data-dir", vault.toString(), "--passphrase-file", pass.toString());
        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("Created a new vault").contains("cannot be opened");

        CliRun check = CliRun.run("check", "--data-dir", vault.toString(), "--passphrase-file", pass.toString());
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).contains("schema at version").contains("The vault is sound.");
    }

    @Test
    void initRefusesAShortPassphraseAndAnExistingVault() throws Exception {
        Path vault = dir.resolve("vault");
        CliRun shortOne = CliRun.run("init", "--data-dir", vault.toString(),
                "--passphrase-file", CliRun.passphraseFile(dir, "tiny").toString());
        assertThat(shortOne.exitCode()).isEqualTo(2);
        assertThat(shortOne.err()).contains("too short");

        Path pass = CliRun.defaultPassphraseFile(dir);
        assertThat(CliRun.run("init", "--data-dir", vault.toString(), "--passphrase-file", pass.toString()).exitCode()).isZero();
        CliRun again = CliRun.run("init", "--data-dir", vault.toString(), "--passphrase-file", pass.toString());
        assertThat(again.exitCode()).isEqualTo(7);
        assertThat(again.err()).contains("already a vault");
    }

    @Test
    void wrongPassphraseExitsWithThreeAndChangesNoByte() throws Exception {
        Path vault = dir.resolve("vault");
        TestVaults.create(vault).close();
        Map<String, String> before = TestVaults.fingerprint(vault);

        CliRun run = CliRun.run("check", "--data-dir", vault.toString(),
                "--passphrase-file", CliRun.passphraseFile(dir, "definitely not it").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("goldseam: That passphrase does not open this vault");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(TestVaults.fingerprint(vault)).isEqualTo(before);
    }

    @Test
    void aVaultHeldByAnotherProcessExitsWithFour() throws Exception {
        Path vault = dir.resolve("vault");
        TestVaults.create(vault).close();
        Process holder = VaultChildProcess.start("hold", vault, "OPEN");
        try {
            CliRun run = CliRun.run("check", "--data-dir", vault.toString(),
                    "--passphrase-file", CliRun.defaultPassphraseFile(dir).toString());
            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.err()).contains("already open in another");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void aTruncatedVaultExitsWithFiveAndIsNotOverwritten() throws Exception {
        Path vault = dir.resolve("vault");
        TestVaults.create(vault).close();
        Path db = new org.goldseam.vault.VaultFiles(vault).databaseFile();
        try (var file = new java.io.RandomAccessFile(db.toFile(), "rw")) {
            file.setLength(file.length() - 5_000);
        }
        Map<String, String> before = TestVaults.fingerprint(vault);

        CliRun run = CliRun.run("check", "--data-dir", vault.toString(),
                "--passphrase-file", CliRun.defaultPassphraseFile(dir).toString());

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).contains("damaged");
        assertThat(TestVaults.fingerprint(vault)).isEqualTo(before);
    }

    @Test
    void aMissingPassphraseFileIsAUsageErrorNotACrash() {
        CliRun run = CliRun.run("check", "--data-dir", dir.toString(), "--passphrase-file", dir.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist");
    }
}
