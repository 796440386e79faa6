package org.goldseam.search.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An attended session as the theme search sees it: whose, when, and the themes observed in it.
 * Only attended sessions are ever read into the in-memory theme index, because only they count
 * toward a window.
 */
public record ThemedSession(long noteId, long clientId, OffsetDateTime startsAt, List<Observed> themes) {
    public ThemedSession {
        themes = List.copyOf(themes);
    }

    /** One observation of the session: a theme (taxonomy entry) at an intensity (0–10). */
    public record Observed(long entryId, int intensity) {
    }
}
