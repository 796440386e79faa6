package org.goldseam.framework.model;

import java.time.OffsetDateTime;

/** A clinician's risk review; it clears every flag on the client raised at or before {@code reviewedAt}. */
public record RiskReview(long id, long clientId, OffsetDateTime reviewedAt, String reviewer, String outcome) {
}
