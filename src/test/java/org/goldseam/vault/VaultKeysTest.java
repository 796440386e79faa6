package org.goldseam.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The H2 password is built without a {@code String} now; it must still be exactly the password
 * every existing vault was encrypted with (lower-case hex of the file key, a space, lower-case hex
 * of the user key), or no clinician could open their vault after updating.
 */
class VaultKeysTest {
    @Test
    void theH2PasswordIsTheOneExistingVaultsWereMadeWith() throws Exception {
        char[] passphrase = "a synthetic passphrase, Zoë".toCharArray();
        byte[] salt = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
        KdfParameters kdf = new KdfParameters("PBKDF2WithHmacSHA256", 1_000, salt);
        String vaultId = "5f0c4c1e-7d38-4a4e-9a51-2f0c7c6f0b11";

        byte[] master = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(passphrase, salt, 1_000, 256)).getEncoded();
        String expected = HexFormat.of().formatHex(expand(master, "goldseam/h2-file-key/v1")) + " "
                + HexFormat.of().formatHex(expand(master, "goldseam/h2-user-key/v1"));

        VaultKeys keys = VaultKeys.derive(passphrase, kdf, vaultId);
        assertThat(new String(keys.h2Password())).isEqualTo(expected);
    }

    private static byte[] expand(byte[] master, String label) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(master, "HmacSHA256"));
        return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
    }
}
