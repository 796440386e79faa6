package org.goldseam.framework.model;

import java.time.OffsetDateTime;

/** A risk flag raised by a measure administration. */
public record RiskFlag(long id, long clientId, long administrationId, OffsetDateTime raisedAt, String reason) {
    public static final String PHQ9_ITEM9 = "phq9_item9";
}
