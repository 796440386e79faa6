package org.goldseam.vault;

import java.nio.file.Path;

/**
 * Keeps a copy of a vault before a newer Goldseam updates its structure (runs its schema migrations).
 * Called while opening, after the read-only checks have passed and before anything is written; the
 * vault is closed and reserved by this process. The backup package provides the implementation, which
 * {@link Vaults#withUpgradeBackup} wires in (the vault package knows nothing of the backup format).
 */
@FunctionalInterface
public interface UpgradeBackup {
    /**
     * Writes the copy and proves it, or throws: then the vault is neither updated nor opened.
     *
     * @param verifier opens an unpacked copy read-only with the keys this open is using
     * @return the backup file written
     * @throws VaultException saying why no verified copy could be made
     */
    Path keep(VaultFiles files, String vaultId, SchemaUpgrade upgrade, CopyVerifier verifier);

    /** Proves that an unpacked copy in a folder opens with the passphrase being used; throws {@link VaultException} if not. */
    @FunctionalInterface
    interface CopyVerifier {
        void verify(Path unpackedCopy);
    }
}
