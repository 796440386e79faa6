package org.goldseam.app.restore;

/** What the restore dialog is doing, as {@link RestorePresenter} announces it. */
public enum RestoreState {
    /** The backup folder is being read. */
    LISTING,
    /** Waiting for the clinician to choose a backup and type its passphrase. */
    READY,
    RESTORING,
    /** The backup is in place; {@link RestorePresenter#message()} says what was done. */
    RESTORED
}
