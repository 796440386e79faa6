package org.goldseam.app.workspace;

/** Where a tab's data stands: nothing shown, being read from the vault, shown, or could not be read. */
public enum LoadState {
    EMPTY, LOADING, READY, FAILED
}
