package org.goldseam.framework.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a clinician enters for a new attachment-history version. Ratings are the ECR dimensions on
 * 1-7, null when not rated; pattern keys must name relational_pattern entries.
 */
public record AttachmentDraft(AttachmentStyle style, @Nullable Integer anxiety, @Nullable Integer avoidance, @Nullable String caregiverAttunement,
                              EarlyExperience earlyExperience, List<String> relationshipPatternKeys, @Nullable String narrative) {
    public AttachmentDraft {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(earlyExperience, "earlyExperience");
        relationshipPatternKeys = List.copyOf(relationshipPatternKeys);
    }
}
