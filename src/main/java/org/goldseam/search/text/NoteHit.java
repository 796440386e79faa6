package org.goldseam.search.text;

import java.time.OffsetDateTime;

/** A note whose text matches a search, with Lucene's relevance score (higher is better). */
public record NoteHit(long noteId, long clientId, OffsetDateTime startsAt, float score) {
}
