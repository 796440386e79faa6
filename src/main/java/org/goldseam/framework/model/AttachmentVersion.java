package org.goldseam.framework.model;

import java.time.OffsetDateTime;
import java.util.List;

/** One stored version of a client's attachment history. */
public record AttachmentVersion(long id, long clientId, int version, OffsetDateTime recordedAt, AttachmentDraft content) {
    public List<String> relationshipPatternKeys() {
        return content.relationshipPatternKeys();
    }
}
