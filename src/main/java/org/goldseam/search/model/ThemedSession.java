package org.goldseam.search.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An attended session as the recurrence search sees it: whose, when, the themes observed in it and
 * the interventions used in it (their entry ids). Only sessions that count (attended) are ever read
 * into the in-memory index, because only they count toward a window.
 */
public record ThemedSession(long noteId, long clientId, OffsetDateTime startsAt, List<Observed> themes, List<Long> interventions) {
    public ThemedSession {
        themes = List.copyOf(themes);
        interventions = List.copyOf(interventions);
    }

    /** A session with themes and no interventions. */
    public ThemedSession(long noteId, long clientId, OffsetDateTime startsAt, List<Observed> themes) {
        this(noteId, clientId, startsAt, themes, List.of());
    }

    /** One observation of the session: a theme (taxonomy entry) at an intensity (0–10). */
    public record Observed(long entryId, int intensity) {
    }
}
