package org.goldseam.app.summary;

/** Where a summary or a batch stands: being set up, being made, or finished one of three ways. */
public enum RenderState {
    EDITING, RENDERING, DONE, FAILED, CANCELLED;

    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
