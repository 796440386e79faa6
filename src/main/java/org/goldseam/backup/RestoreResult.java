package org.goldseam.backup;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A restore that took effect.
 *
 * @param restoredFrom    the backup file
 * @param backup          what its manifest says (vault, when it was made)
 * @param checked         what {@code check} confirmed before anything was replaced
 * @param previousKeptAs  the backup file now holding the vault that was replaced, or null if the folder had none
 * @param otherVault      true when the backup is of a different vault than the one it replaced
 */
public record RestoreResult(Path restoredFrom, BackupManifest backup, List<String> checked, @Nullable Path previousKeptAs,
                            boolean otherVault) {
    public RestoreResult {
        checked = List.copyOf(checked);
    }
}
