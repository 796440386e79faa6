package org.goldseam.framework.measure;

import java.time.OffsetDateTime;
import java.util.Map;

/** A stored administration: the raw answers as given and the score stored with them. */
public record Administration(long id, long clientId, String instrumentKey, Long noteId, OffsetDateTime administeredAt,
                             Map<Integer, Integer> answers, Score score) {
    public Administration {
        answers = Map.copyOf(answers);
    }
}
