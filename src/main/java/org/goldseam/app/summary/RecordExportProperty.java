package org.goldseam.app.summary;

/** What the record export presenter announces to its dialog. */
public enum RecordExportProperty {
    /** The folder the files go into. */
    FOLDER,
    /** A {@link RecordFormat}. */
    FORMAT,
    /** Whether the private psychotherapy notes go in too. */
    INCLUDE_PRIVATE_NOTES,
    /** A {@link RenderState}. */
    STATE,
    /** A {@link Progress}. */
    PROGRESS,
    /** A sentence for the clinician (why the export cannot run, or why it failed), or null. */
    MESSAGE,
    /** The {@link org.goldseam.export.ExportResult} once done, else null. */
    RESULT
}
