package org.goldseam.app.search.ui;

import java.util.List;

/** What the search window asks the main window to do when a result row is opened. */
@FunctionalInterface
public interface OpenClient {
    /**
     * Shows the client's record at the sessions that matched.
     *
     * @param noteIds the matching sessions' notes, oldest first (empty when none are known)
     */
    void open(long clientId, List<Long> noteIds);
}
