package org.goldseam.framework.model;

import java.time.OffsetDateTime;

/** A client's answer to a reflective question; {@code noteId} is null when not tied to a session. */
public record ReflectiveAnswer(long id, long clientId, ReflectiveQuestion question, Long noteId,
                               OffsetDateTime answeredAt, String answer) {
}
