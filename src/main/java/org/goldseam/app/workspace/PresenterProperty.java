package org.goldseam.app.workspace;

/** What a workspace presenter announces: load state, the data, a message for the clinician, view options. */
public enum PresenterProperty {
    /** A {@link LoadState}. */
    STATE,
    /** The loaded data record, null when nothing is shown. */
    DATA,
    /** A plain sentence about a failure, null when there is none. */
    MESSAGE,
    /** A presentation choice such as sort order or the chosen instrument. */
    OPTIONS
}
