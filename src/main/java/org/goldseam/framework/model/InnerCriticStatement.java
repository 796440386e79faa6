package org.goldseam.framework.model;

import java.time.OffsetDateTime;

/** A verbatim inner-critic line with the sessions it was first and last heard in and how often. */
public record InnerCriticStatement(long id, long clientId, String text, long firstNoteId, OffsetDateTime firstHeard,
                                   long lastNoteId, OffsetDateTime lastHeard, int timesHeard) {
}
