package org.goldseam.framework.model;

import java.time.OffsetDateTime;

/** Observations marked core or adaptive shame in one session. */
public record ShameKindSession(long noteId, OffsetDateTime sessionStartsAt, int core, int adaptive) {
}
