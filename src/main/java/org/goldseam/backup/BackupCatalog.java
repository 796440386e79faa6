package org.goldseam.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultHeaderFile;

/** The backups in a folder, newest first. Files that are not readable backups are left alone and not listed. */
public final class BackupCatalog {
    private BackupCatalog() {
    }

    public static List<BackupFile> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.filter(BackupArchive::looksLikeBackup).sorted()::iterator) {
                try {
                    found.add(new BackupFile(file, BackupArchive.readManifest(file)));
                } catch (VaultException e) {
                    // a damaged or foreign file: never listed, never deleted by retention
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing((BackupFile b) -> b.manifest().createdAt()).reversed()
                .thenComparing(b -> b.path().getFileName().toString(), Comparator.reverseOrder()));
        return List.copyOf(found);
    }

    /** The newest backup of the vault {@code vaultId} in {@code folder}. */
    public static Optional<BackupFile> newest(Path folder, String vaultId) {
        return list(folder).stream().filter(b -> b.manifest().vaultId().equals(vaultId)).findFirst();
    }

    /**
     * For a vault that will not open: the newest backup of it in the default backup folder, found by
     * the vault id in its header (or, when the header itself is unreadable, the newest backup there).
     */
    public static Optional<BackupFile> newestForDamaged(Path vaultFolder) {
        VaultFiles files = new VaultFiles(vaultFolder);
        Path folder = BackupSettings.defaults(files).folder();
        try {
            return newest(folder, VaultHeaderFile.read(files.header()).vaultId());
        } catch (VaultException e) {
            return list(folder).stream().findFirst();
        }
    }
}
