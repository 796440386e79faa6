package org.goldseam.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.goldseam.testing.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A header's round count is checked before any key stretching: two billion rounds (a damaged or
 * planted header) would hold the unlock for hours, a handful would make a weak key (issue 13, item 7).
 */
class KdfLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aHeaderAskingForBillionsOfRoundsIsRefusedAtUnlockWithinSeconds() throws Exception {
        Path folder = vaultWithIterations(2_000_000_000);
        Map<String, String> before = TestVaults.fingerprint(folder);

        VaultException refused = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> refusal(TestVaults.vaults(), folder));

        assertThat(refused.problem()).isEqualTo(VaultProblem.DAMAGED);
        assertThat(refused.getMessage()).contains("asks for 2000000000 rounds").contains("nothing was changed");
        assertThat(TestVaults.fingerprint(folder)).isEqualTo(before);
    }

    @Test
    void theFloorIsTheUsualOneUnlessATestSetALowerCount() throws Exception {
        Path folder = vaultWithIterations(TestVaults.TEST_ITERATIONS);
        TestVaults.open(folder).close(); // the tests' own count opens through the tests' factory

        VaultException production = refusal(new Vaults(TestVaults.CLOCK), folder);
        assertThat(production.problem()).isEqualTo(VaultProblem.DAMAGED);
        assertThat(production.getMessage()).contains("asks for 1000 rounds");

        Path weak = vaultWithIterations(10);
        assertThat(refusal(TestVaults.vaults(), weak).getMessage()).contains("asks for 10 rounds");
    }

    private Path vaultWithIterations(int iterations) throws Exception {
        Path folder = dir.resolve("vault-" + iterations);
        TestVaults.create(folder).close();
        Path header = new VaultFiles(folder).header();
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readAllBytes(header));
        ((ObjectNode) root.get("kdf")).put("iterations", iterations);
        Files.write(header, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        return folder;
    }

    private static VaultException refusal(Vaults vaults, Path folder) {
        try {
            vaults.open(folder, TestVaults.PASSPHRASE).close();
            throw new AssertionError("the vault opened");
        } catch (VaultException e) {
            return e;
        }
    }
}
