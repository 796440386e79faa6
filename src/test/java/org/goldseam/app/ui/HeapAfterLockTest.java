package org.goldseam.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultHeader;
import org.goldseam.vault.VaultHeaderFile;
import org.goldseam.vault.VaultKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * After Goldseam &gt; Lock, nothing of the vault is left in the app's memory: a dump of the live heap of
 * the desktop app (in a JVM of its own, {@link HeapAfterLockChild}) holds neither the client's name,
 * nor the text of the note written just before, nor the H2 password or the file key derived from the
 * passphrase, in any of the ways Java stores them (UTF-8/Latin-1 strings, UTF-16 strings and
 * {@code char[]}, H2's UTF-16BE password bytes, the raw key bytes).
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class HeapAfterLockTest {
    @TempDir
    Path dir;

    static String clientName(String marker) {
        return "Wynfreda Marker-" + marker;
    }

    static String noteText(String marker) {
        return "Spoke of the harbour dream again, marker " + marker + ", and of leaving early.";
    }

    @Test
    void afterLockTheHeapHoldsNoClientDataAndNoKey() throws Exception {
        Path folder = dir.resolve("vault");
        String marker = UUID.randomUUID().toString().replace("-", "");
        try (Vault vault = TestVaults.create(folder)) {
            new ClientRepository(vault.database().dsl()).insert(ClientDetails.of(clientName(marker), LocalDate.of(2026, 3, 1)));
        }
        Path dump = dir.resolve("after-lock.hprof");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HeapAfterLockChild.class.getName(), folder.toString(), dump.toString(), marker)
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        boolean dumped = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.append(line).append('\n');
                if (line.equals("DUMPED")) {
                    dumped = true;
                }
            }
        } finally {
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        assertThat(dumped).as("the child locked and dumped its heap; it said:%n%s", output).isTrue();

        Map<String, byte[]> secrets = new LinkedHashMap<>();
        addText(secrets, "client name", clientName(marker));
        addText(secrets, "note text", noteText(marker));
        addKeys(secrets, folder);

        byte[] heap = Files.readAllBytes(dump);
        List<String> found = new ArrayList<>();
        secrets.forEach((what, bytes) -> {
            if (indexOf(heap, bytes) >= 0) {
                found.add(what);
            }
        });
        String keep = System.getProperty("goldseam.keepHeapDump"); // to look for the paths that hold them
        if (keep != null && !found.isEmpty()) {
            Files.copy(dump, Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(found).as("secrets found in the live heap after the lock; the app said:%n%s", output).isEmpty();
    }

    private static void addText(Map<String, byte[]> secrets, String what, String text) {
        // compact strings hold Latin-1 (= UTF-8 for this ASCII text); others, and char[], UTF-16LE on x86
        secrets.put(what + " (Latin-1/UTF-8)", text.getBytes(StandardCharsets.ISO_8859_1));
        secrets.put(what + " (UTF-16LE)", text.getBytes(StandardCharsets.UTF_16LE));
        secrets.put(what + " (UTF-16BE)", text.getBytes(StandardCharsets.UTF_16BE));
    }

    /** The H2 password and the file key as the test derives them from the passphrase and the header. */
    private static void addKeys(Map<String, byte[]> secrets, Path folder) {
        VaultHeader header = VaultHeaderFile.read(new VaultFiles(folder).header());
        VaultKeys keys = VaultKeys.derive(TestVaults.PASSPHRASE, header.kdf(), header.vaultId());
        char[] password = keys.h2Password();
        keys.destroy();
        // "<file key hex> <user key hex>"; the file key's hex alone is what H2 turns into its cipher key
        int space = new String(password).indexOf(' ');
        String fileKeyHex = new String(password, 0, space);
        for (Charset charset : List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            secrets.put("H2 file password (" + charset + ")", fileKeyHex.getBytes(charset));
            secrets.put("H2 user password (" + charset + ")", new String(password, space + 1, password.length - space - 1).getBytes(charset));
        }
        secrets.put("file key (raw bytes)", HexFormat.of().parseHex(fileKeyHex));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            if (haystack[i] != needle[0]) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
