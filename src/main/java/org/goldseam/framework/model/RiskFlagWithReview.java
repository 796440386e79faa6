package org.goldseam.framework.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A risk flag with the review that resolved it: the client's first review at or after the moment
 * the flag was raised, as {@link RiskReview} defines clearing. {@code review} is null while the
 * flag is open.
 */
public record RiskFlagWithReview(RiskFlag flag, @Nullable RiskReview review) {
    public RiskFlagWithReview {
        Objects.requireNonNull(flag, "flag");
    }

    public boolean open() {
        return review == null;
    }
}
