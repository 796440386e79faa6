package org.goldseam.framework.model;

import java.time.OffsetDateTime;

/** A risk flag raised by a measure administration. */
public record RiskFlag(long id, long clientId, long administrationId, OffsetDateTime raisedAt, String reason) {
    public static final String PHQ9_ITEM9 = "phq9_item9";

    /** What raised a flag, for people; a reason this version does not know stays as its code. */
    public static String reasonInWords(String reason) {
        return PHQ9_ITEM9.equals(reason) ? "PHQ-9 item 9 (thoughts of death or of self-harm) answered above zero" : reason;
    }
}
