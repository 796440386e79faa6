package org.goldseam.app.summary;

/** What the summary and batch presenters announce to their dialogs. */
public enum SummaryProperty {
    /** A {@link PeriodChoice}. */
    PERIOD,
    /** The set of {@link org.goldseam.summary.SummarySection}s included. */
    SECTIONS,
    /** Whether clients appear by initials only. */
    INITIALS_ONLY,
    /** Whether existing files may be replaced. */
    REPLACE_EXISTING,
    /** The output file (one summary) or folder (a batch). */
    OUTPUT,
    /** A {@link RenderState}. */
    STATE,
    /** A {@link Progress}. */
    PROGRESS,
    /** A sentence for the clinician (why the form cannot run, or why it failed), or null. */
    MESSAGE,
    /** The outcome once finished: a {@link org.goldseam.summary.SummaryResult} or a {@link org.goldseam.summary.BatchReport}. */
    RESULT,
    /** Batch only: the clients to choose from, or which of them are chosen. */
    CLIENTS
}
