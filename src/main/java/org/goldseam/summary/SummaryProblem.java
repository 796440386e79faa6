package org.goldseam.summary;

/** Every way making a summary can fail; the command line maps each to an exit code. */
public enum SummaryProblem {
    /** The period ends before it starts. */
    INVALID_PERIOD,
    /** No client has that id. */
    NO_SUCH_CLIENT,
    /** Some text has a character none of the shipped fonts can draw. */
    UNRENDERABLE_TEXT,
    /** The output file exists and replacing it was not asked for. */
    OUTPUT_EXISTS,
    /** The disk refused the file (missing folder, no permission, full). */
    OUTPUT_FAILED,
    /** The user cancelled before the summary was written. */
    CANCELLED,
    /** Something Goldseam did not expect; the message names only the kind of error. */
    UNEXPECTED
}
