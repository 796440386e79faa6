package org.goldseam.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.ClientSummary;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.integrity.VaultCheck;
import org.goldseam.testing.SimulatedCrash;
import org.goldseam.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseChangeTest {
    private static final char[] NEW = "a brand new passphrase for the vault".toCharArray();
    private static final PassphraseChange.Inspector MUST_BE_SOUND =
            v -> assertThat(VaultCheck.run(v).findings()).isEmpty();

    @TempDir
    Path dir;

    private Path vaultWithAClient(String name) {
        Path folder = dir.resolve(name);
        try (Vault vault = TestVaults.create(folder)) {
            new ClientRepository(vault.database().dsl()).insert(ClientDetails.of("Ingrid Þórsdóttir", LocalDate.of(2026, 3, 2)));
        }
        return folder;
    }

    private static List<String> clientNames(Vault vault) {
        return new ClientRepository(vault.database().dsl()).listAll().stream().map(ClientSummary::fullName).toList();
    }

    @Test
    void afterTheChangeOnlyTheNewPassphraseOpensTheSameRecord() throws Exception {
        Path folder = vaultWithAClient("vault");
        String vaultId;
        try (Vault vault = TestVaults.open(folder)) {
            vaultId = vault.header().vaultId();
        }

        PassphraseChange.Result result = TestVaults.vaults().changePassphrase(folder, TestVaults.PASSPHRASE, NEW,
                MUST_BE_SOUND, Checkpoints.NONE);

        assertThat(result.vaultId()).isEqualTo(vaultId);
        assertThatThrownBy(() -> TestVaults.open(folder)).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.problem()).isEqualTo(VaultProblem.WRONG_PASSPHRASE));
        try (Vault vault = TestVaults.vaults().open(folder, NEW)) {
            assertThat(clientNames(vault)).containsExactly("Ingrid Þórsdóttir");
            assertThat(VaultCheck.run(vault).sound()).isTrue();
            assertThat(vault.recoveryNotice()).isEmpty();
        }
        // nothing of the old encryption is left behind in the folder
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(VaultFiles.HEADER_NAME, "goldseam.mv.db");
        }
    }

    @Test
    void aWrongCurrentPassphraseOrTheSameNewOneChangesNoByte() {
        Path folder = vaultWithAClient("vault");
        Map<String, String> before = TestVaults.fingerprint(folder);

        assertThatThrownBy(() -> TestVaults.vaults().changePassphrase(folder, "not the passphrase at all".toCharArray(), NEW,
                MUST_BE_SOUND, Checkpoints.NONE))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.problem()).isEqualTo(VaultProblem.WRONG_PASSPHRASE));
        assertThatThrownBy(() -> TestVaults.vaults().changePassphrase(folder, TestVaults.PASSPHRASE, TestVaults.PASSPHRASE,
                MUST_BE_SOUND, Checkpoints.NONE))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.getMessage()).contains("same as the current"));
        assertThatThrownBy(() -> TestVaults.vaults().changePassphrase(folder, TestVaults.PASSPHRASE, "short".toCharArray(),
                MUST_BE_SOUND, Checkpoints.NONE))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.problem()).isEqualTo(VaultProblem.WEAK_PASSPHRASE));

        assertThat(TestVaults.fingerprint(folder)).isEqualTo(before);
    }

    @Test
    void aRefusedInspectionUndoesEverything() {
        Path folder = vaultWithAClient("vault");
        Map<String, String> before = TestVaults.fingerprint(folder);

        assertThatThrownBy(() -> TestVaults.vaults().changePassphrase(folder, TestVaults.PASSPHRASE, NEW,
                v -> {
                    throw new VaultException(VaultProblem.DAMAGED, "refused by the test");
                }, Checkpoints.NONE)).hasMessage("refused by the test");

        assertThat(TestVaults.fingerprint(folder)).isEqualTo(before);
        TestVaults.open(folder).close();
    }

    /**
     * The process dies at each step in turn. Afterwards exactly one passphrase opens the vault, the
     * record is complete, and the vault says which passphrase it now takes.
     */
    @Test
    void anInterruptionAtAnyStepLeavesExactlyOnePassphraseThatOpensACompleteVault() throws Exception {
        SimulatedCrash.Recorder recorder = new SimulatedCrash.Recorder();
        TestVaults.vaults().changePassphrase(vaultWithAClient("dry-run"), TestVaults.PASSPHRASE, NEW, MUST_BE_SOUND, recorder);
        List<String> steps = recorder.steps();
        int commitPoint = steps.indexOf("journal written: committed");
        assertThat(steps).hasSizeGreaterThan(8);
        assertThat(commitPoint).isPositive();

        for (int i = 0; i < steps.size(); i++) {
            Path folder = vaultWithAClient("crash-" + i);
            int crashAt = i;
            assertThatThrownBy(() -> TestVaults.vaults().changePassphrase(folder, TestVaults.PASSPHRASE, NEW, MUST_BE_SOUND,
                    SimulatedCrash.at(crashAt))).as("step %s", steps.get(i)).isInstanceOf(SimulatedCrash.class);

            boolean newTakesEffect = i >= commitPoint; // the checkpoint comes after the journal is written
            char[] opens = newTakesEffect ? NEW : TestVaults.PASSPHRASE;
            char[] refused = newTakesEffect ? TestVaults.PASSPHRASE : NEW;
            assertThatThrownBy(() -> TestVaults.vaults().open(folder, refused)).as("crash at %s", steps.get(i))
                    .isInstanceOfSatisfying(VaultException.class, e -> {
                        assertThat(e.problem()).isEqualTo(VaultProblem.WRONG_PASSPHRASE);
                        assertThat(e.getMessage()).contains(newTakesEffect ? "NEW passphrase" : "OLD passphrase");
                    });
            try (Vault vault = TestVaults.vaults().open(folder, opens)) {
                assertThat(clientNames(vault)).as("crash at %s", steps.get(i)).containsExactly("Ingrid Þórsdóttir");
                assertThat(VaultCheck.run(vault).findings()).isEmpty();
                assertThat(vault.recoveryNotice()).as("crash at %s", steps.get(i)).hasValueSatisfying(
                        notice -> assertThat(notice).contains(newTakesEffect ? "NEW passphrase" : "OLD passphrase"));
            }
            try (Vault again = TestVaults.vaults().open(folder, opens)) {
                assertThat(again.recoveryNotice()).isEmpty();
            }
            try (var files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString())).as("crash at %s", steps.get(i))
                        .containsExactlyInAnyOrder(VaultFiles.HEADER_NAME, "goldseam.mv.db");
            }
        }
    }
}
