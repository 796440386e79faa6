package org.goldseam.vault;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A vault could not be created or opened. The message is written for the clinician: it says what
 * happened and what to do next, and never carries client data.
 */
public class VaultException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient VaultProblem problem;
    private final transient @Nullable Path folder;

    public VaultException(VaultProblem problem, String message) {
        this(problem, message, null, null);
    }

    public VaultException(VaultProblem problem, String message, Throwable cause) {
        this(problem, message, cause, null);
    }

    private VaultException(VaultProblem problem, @Nullable String message, @Nullable Throwable cause, @Nullable Path folder) {
        super(message, cause);
        this.problem = problem;
        this.folder = folder;
    }

    /** The same refusal, naming the vault folder it concerns (so a damaged vault can be offered its newest backup). */
    public VaultException inFolder(Path vaultFolder) {
        VaultException copy = new VaultException(problem, getMessage(), getCause(), vaultFolder);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** The vault folder this refusal concerns, when known. */
    public Optional<Path> vaultFolder() {
        return Optional.ofNullable(folder);
    }

    public VaultProblem problem() {
        return problem;
    }
}
