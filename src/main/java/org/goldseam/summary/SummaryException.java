package org.goldseam.summary;

import java.util.Objects;

/**
 * A summary could not be made. The message is written for the clinician. Apart from the characters
 * named by {@link SummaryProblem#UNRENDERABLE_TEXT}, it never quotes client data.
 */
public class SummaryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final SummaryProblem problem;

    public SummaryException(SummaryProblem problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem);
    }

    public SummaryException(SummaryProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem);
    }

    public SummaryProblem problem() {
        return problem;
    }
}
