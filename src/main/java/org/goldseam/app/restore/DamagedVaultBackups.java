package org.goldseam.app.restore;

import java.nio.file.Path;
import java.util.Optional;
import org.goldseam.backup.BackupCatalog;
import org.goldseam.backup.BackupFile;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultHeaderFile;
import org.jspecify.annotations.Nullable;

/**
 * For a vault that opened as damaged: the newest backup of it, looked for first in the backup folder
 * the clinician chose in the preferences and then in the default one beside the vault (where the
 * command line looks). Reads files: call it off the event thread.
 */
public final class DamagedVaultBackups {
    private DamagedVaultBackups() {
    }

    public static Optional<BackupFile> newest(Path vaultFolder, @Nullable Path configuredFolder) {
        if (configuredFolder != null) {
            Optional<BackupFile> there;
            try {
                there = BackupCatalog.newest(configuredFolder,
                        VaultHeaderFile.read(new VaultFiles(vaultFolder).header()).vaultId());
            } catch (VaultException unreadableHeader) {
                // the header itself may be the damage: then the newest backup in the folder is the best guess
                there = BackupCatalog.list(configuredFolder).stream().findFirst();
            }
            if (there.isPresent()) {
                return there;
            }
        }
        return BackupCatalog.newestForDamaged(vaultFolder);
    }
}
