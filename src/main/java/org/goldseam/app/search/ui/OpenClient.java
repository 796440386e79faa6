package org.goldseam.app.search.ui;

import java.util.List;
import org.goldseam.search.MatchedWords;

/** What the search window asks the main window to do when a result row is opened. */
@FunctionalInterface
public interface OpenClient {
    /**
     * Shows the client's record at the sessions that matched.
     *
     * @param noteIds the matching sessions' notes, oldest first (empty when none are known)
     * @param words   the search's words, to be marked in those notes; empty for a search by themes alone
     */
    void open(long clientId, List<Long> noteIds, MatchedWords words);
}
