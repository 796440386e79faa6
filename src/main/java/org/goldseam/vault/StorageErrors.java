package org.goldseam.vault;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a full disk behind whatever a save threw (H2 reports it as an SQL or store error that
 * quotes the operating system), so the clinician reads "the disk is full" instead of an error code.
 */
public final class StorageErrors {
    private static final String[] FULL = {"no space left", "not enough space", "disk full", "disk quota exceeded"};

    private StorageErrors() {
    }

    /** A clear {@link VaultProblem#STORAGE} refusal when {@code error} was caused by a full disk. */
    public static Optional<VaultException> diskFull(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            for (String sign : FULL) {
                if (message.contains(sign)) {
                    return Optional.of(new VaultException(VaultProblem.STORAGE, "The disk is full, so the last change could not "
                            + "be saved. Everything saved before it is safe in the vault. Free some space, then try again.", error));
                }
            }
        }
        return Optional.empty();
    }
}
