package org.goldseam.vault;

/**
 * A vault could not be created or opened. The message is written for the clinician: it says what
 * happened and what to do next, and never carries client data.
 */
public class VaultException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient VaultProblem problem;

    public VaultException(VaultProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public VaultException(VaultProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public VaultProblem problem() {
        return problem;
    }
}
