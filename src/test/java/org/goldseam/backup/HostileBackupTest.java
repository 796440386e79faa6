package org.goldseam.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Checkpoints;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup file may come from anywhere (a stick, a mail, a shared folder): restoring one must not
 * let it fill the disk, swap in a header nobody checked, or stall the unlock (issue 13, item 7).
 */
class HostileBackupTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The most a refused hostile backup may write: a few MB, whatever it claims or holds. */
    private static final long WRITE_BOUND = 8L << 20;

    @TempDir
    Path dir;

    private final RestoreService restores = new RestoreService(TestVaults.vaults(), TestVaults.CLOCK, "Dr Imaginary");

    @Test
    void aZipBombIsRefusedBeforeItWritesMoreThanAFewMegabytes() throws Exception {
        BackupResult real = realBackup();
        Map<String, byte[]> entries = entries(real.file());
        long bombSize = 256L << 20; // 256 MB of zeros, deflated to some 250 KB
        for (long declared : new long[] {bombSize, 1024, entries.get("goldseam.mv.db").length}) {
            Path bomb = dir.resolve("bomb-" + declared + ".zip");
            writeBomb(bomb, entries.get(VaultFiles.HEADER_NAME), bombSize, declared);
            assertThat(Files.size(bomb)).isLessThan(2L << 20);
            Path target = dir.resolve("restored-" + declared);
            AtomicLong written = new AtomicLong();

            VaultException refused = null;
            try {
                restores.restore(bomb, target, TestVaults.PASSPHRASE, dir.resolve("kept"), (phase, done, total) -> {
                    if (phase == BackupProgress.Phase.UNPACKING) {
                        written.accumulateAndGet(done, Math::max);
                    }
                }, Checkpoints.NONE);
            } catch (VaultException e) {
                refused = e;
            }
            assertThat(written.get()).as("bytes unpacked from a bomb declaring %d", declared).isLessThanOrEqualTo(WRITE_BOUND);
            assertThat(refused).isNotNull();
            assertThat(refused.problem()).isEqualTo(VaultProblem.DAMAGED);
            assertThat(refused.getMessage()).contains("cannot be restored").contains("nothing was replaced");
            assertThat(new VaultFiles(target).anyPartPresent()).isFalse();
        }
    }

    @Test
    void aZipThatAlsoLiesInItsDirectoryIsStoppedAtTheDeclaredSize() throws Exception {
        BackupResult real = realBackup();
        long declared = 1L << 20;
        Path bomb = dir.resolve("lying-bomb.zip");
        writeBomb(bomb, entries(real.file()).get(VaultFiles.HEADER_NAME), 256L << 20, declared);
        claimSizeInDirectory(bomb, "goldseam.mv.db", declared); // now zip and manifest agree on 1 MiB
        try (ZipFile zip = new ZipFile(bomb.toFile())) {
            assertThat(zip.getEntry("goldseam.mv.db").getSize()).isEqualTo(declared);
        }
        AtomicLong written = new AtomicLong();

        assertThatThrownBy(() -> restores.restore(bomb, dir.resolve("restored"), TestVaults.PASSPHRASE, dir.resolve("kept"),
                (phase, done, total) -> written.accumulateAndGet(phase == BackupProgress.Phase.UNPACKING ? done : 0, Math::max),
                Checkpoints.NONE))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.getMessage())
                        .contains("larger than the size recorded"));
        assertThat(written.get()).isLessThanOrEqualTo(declared);
        assertThat(new VaultFiles(dir.resolve("restored")).anyPartPresent()).isFalse();
    }

    @Test
    void aBackupMadeBeforeHeaderChecksumsStillRestores() throws Exception {
        BackupResult real = realBackup();
        Map<String, byte[]> entries = entries(real.file());
        ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get(BackupArchive.MANIFEST_ENTRY));
        assertThat(manifest.has("headerSha256")).isTrue();
        manifest.remove("headerSha256");
        Path older = rewrite(real.file(), "older.zip", Map.of(BackupArchive.MANIFEST_ENTRY, JSON.writeValueAsBytes(manifest)));

        restores.restore(older, dir.resolve("restored"), TestVaults.PASSPHRASE, dir.resolve("kept"), BackupProgress.NONE,
                Checkpoints.NONE);

        TestVaults.open(dir.resolve("restored")).close();
    }

    @Test
    void aHeaderChangedInsideABackupIsRefusedByTheManifestChecksum() throws Exception {
        BackupResult real = realBackup();
        Map<String, byte[]> entries = entries(real.file());
        // the same header with one more line end: still valid, still this vault's, but not what was backed up
        byte[] header = entries.get(VaultFiles.HEADER_NAME);
        byte[] changed = (new String(header, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        Path altered = rewrite(real.file(), "header-changed.zip", Map.of(VaultFiles.HEADER_NAME, changed));

        assertThatThrownBy(() -> restores.restore(altered, dir.resolve("restored"), TestVaults.PASSPHRASE, dir.resolve("kept"),
                BackupProgress.NONE, Checkpoints.NONE))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.problem()).isEqualTo(VaultProblem.DAMAGED);
                    assertThat(e.getMessage()).contains("vault header does not match the checksum");
                });
        assertThat(new VaultFiles(dir.resolve("restored")).anyPartPresent()).isFalse();
        // the untouched backup restores: the checksum is what refused the other
        restores.restore(real.file(), dir.resolve("restored-real"), TestVaults.PASSPHRASE, dir.resolve("kept"),
                BackupProgress.NONE, Checkpoints.NONE);
        TestVaults.open(dir.resolve("restored-real")).close();
    }

    @Test
    void aBackupWhoseHeaderAsksForBillionsOfRoundsIsRefusedAtOnce() throws Exception {
        BackupResult real = realBackup();
        Map<String, byte[]> entries = entries(real.file());
        byte[] header = withIterations(entries.get(VaultFiles.HEADER_NAME), 2_000_000_000);
        // a forger recomputes the checksums, as anyone can: the round count itself must be refused
        Path forged = rewrite(real.file(), "forged.zip", Map.of(VaultFiles.HEADER_NAME, header,
                BackupArchive.MANIFEST_ENTRY, manifestWithHeaderSha(entries.get(BackupArchive.MANIFEST_ENTRY), header)));

        VaultException refused = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                restores.restore(forged, dir.resolve("restored"), TestVaults.PASSPHRASE, dir.resolve("kept"),
                        BackupProgress.NONE, Checkpoints.NONE);
                return null;
            } catch (VaultException e) {
                return e;
            }
        });

        assertThat(refused).isNotNull();
        assertThat(refused.problem()).isEqualTo(VaultProblem.DAMAGED);
        assertThat(refused.getMessage()).contains("2000000000 rounds of key stretching").contains("100,000 to 10,000,000");
        assertThat(new VaultFiles(dir.resolve("restored")).anyPartPresent()).isFalse();
    }

    private BackupResult realBackup() {
        Path folder = dir.resolve("vault");
        TestVaults.create(folder).close();
        try (Vault vault = TestVaults.open(folder)) {
            return new BackupService(TestVaults.vaults(), TestVaults.CLOCK, "Dr Imaginary")
                    .backUp(vault, BackupSettings.defaults(vault.files()), BackupKind.MANUAL, BackupProgress.NONE);
        }
    }

    static byte[] withIterations(byte[] header, int iterations) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(header);
        ((ObjectNode) root.get("kdf")).put("iterations", iterations);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    private static byte[] manifestWithHeaderSha(byte[] manifest, byte[] header) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(manifest);
        root.put("headerSha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(header)));
        return JSON.writeValueAsBytes(root);
    }

    /** A backup whose database entry is {@code size} zeros, highly compressed, with a manifest declaring {@code declared}. */
    private static void writeBomb(Path bomb, byte[] header, long size, long declared) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("goldseam.mv.db"));
            for (long done = 0; done < size; done += zeros.length) {
                zip.write(zeros);
                sha.update(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(VaultFiles.HEADER_NAME));
            zip.write(header);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST_ENTRY));
            ObjectNode manifest = JSON.createObjectNode();
            manifest.put("format", "goldseam-backup");
            manifest.put("formatVersion", 1);
            manifest.put("vaultId", "0b8c5a8e-1c1f-4f7e-9d55-3a1f00c0ffee");
            manifest.put("createdAt", "2026-11-21T10:00:00Z");
            manifest.put("kind", "manual");
            manifest.put("goldseamVersion", "bomb");
            manifest.put("databaseSize", declared);
            manifest.put("databaseSha256", HexFormat.of().formatHex(sha.digest()));
            zip.write(JSON.writeValueAsBytes(manifest));
            zip.closeEntry();
        }
    }

    /** Rewrites the uncompressed size the zip's central directory gives for {@code name}, as a forger would. */
    private static void claimSizeInDirectory(Path zipFile, String name, long size) throws IOException {
        byte[] bytes = Files.readAllBytes(zipFile);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < bytes.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && (buffer.getShort(at + 28) & 0xffff) == wanted.length
                    && java.util.Arrays.equals(bytes, at + 46, at + 46 + wanted.length, wanted, 0, wanted.length)) {
                buffer.putInt(at + 24, (int) size);
                Files.write(zipFile, bytes);
                return;
            }
        }
        throw new IllegalStateException("no directory entry for " + name);
    }

    private static Map<String, byte[]> entries(Path zipFile) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /** A copy of {@code original} with some entries' contents replaced. */
    private Path rewrite(Path original, String name, Map<String, byte[]> replaced) throws IOException {
        Path copy = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(copy); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries(original).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(replaced.getOrDefault(entry.getKey(), entry.getValue()));
                zip.closeEntry();
            }
        }
        return copy;
    }
}
