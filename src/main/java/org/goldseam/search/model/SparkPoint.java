package org.goldseam.search.model;

import java.time.OffsetDateTime;

/**
 * One session of a client's window, for the sparkline.
 *
 * @param intensity the highest intensity of the searched themes in that session, or null when the
 *                  session does not match (a gap in the line)
 */
public record SparkPoint(long noteId, OffsetDateTime startsAt, Integer intensity) {
}
