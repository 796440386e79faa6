package org.goldseam.vault;

/**
 * Every way opening or creating a vault can fail, each with the exit code the command line
 * documents in the README. The desktop app shows {@link VaultException#getMessage()} instead.
 */
public enum VaultProblem {
    /** The passphrase does not meet the policy (too short). */
    WEAK_PASSPHRASE(2),
    /** The passphrase does not open this vault. */
    WRONG_PASSPHRASE(3),
    /** Another process (or window) has the vault open. */
    IN_USE(4),
    /** A file is truncated or corrupt, or the header does not belong to the database beside it. */
    DAMAGED(5),
    /** The vault was written by a newer Goldseam whose schema this version does not know. */
    TOO_NEW(6),
    /** There is no vault in the folder. */
    NOT_FOUND(7),
    /** {@code init} was asked to create a vault where one already exists. */
    ALREADY_EXISTS(7),
    /** The disk or file system refused (full disk, no permission, read-only medium). */
    STORAGE(9);

    private final int exitCode;

    VaultProblem(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
