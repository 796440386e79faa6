package org.goldseam.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.goldseam.vault.VaultException;

/** A backup's manifest, damaged or hostile: a valid manifest or a {@link VaultException}, nothing else. */
class ManifestFuzzTest {
    private static final Path FILE = Path.of("goldseam-backup-x.zip");

    @Property(tries = 500)
    void aDamagedManifestIsRefusedWithAMessage(@ForAll("manifests") String text) {
        Throwable thrown = catchThrowable(() -> BackupArchive.parseManifest(text.getBytes(StandardCharsets.UTF_8), FILE));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(VaultException.class).hasMessageContaining(FILE.getFileName().toString());
        }
    }

    @Provide
    Arbitrary<String> manifests() throws Exception {
        String valid = new String(BackupArchive.manifestBytes(new BackupManifest(1, "0b8c5a8e-1c1f", Instant.parse("2026-11-21T10:00:00Z"),
                BackupKind.MANUAL, "development", 4096, "a".repeat(64))), StandardCharsets.UTF_8);
        return org.goldseam.vault.FileReaderFuzzTestSupport.mutationsOf(valid);
    }
}
