package org.goldseam.framework.model;

import java.time.OffsetDateTime;

/** A 0-10 progress rating of a goal recorded in one session. */
public record GoalProgressPoint(long noteId, OffsetDateTime sessionStartsAt, int rating, String comment) {
}
