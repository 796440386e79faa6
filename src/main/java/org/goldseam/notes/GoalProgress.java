package org.goldseam.notes;

import org.jspecify.annotations.Nullable;

/** Progress on a treatment goal as rated in a session: 0 (none) to 10 (met). */
public record GoalProgress(long goalId, int rating, @Nullable String comment) {
    public GoalProgress {
        if (rating < 0 || rating > 10) {
            throw new IllegalArgumentException("rating must be 0 to 10, was " + rating);
        }
    }
}
