package org.goldseam.app.search;

import org.jspecify.annotations.Nullable;

/**
 * Why a search cannot run, for the line under the query box.
 *
 * @param position where in the query text the problem starts (0-based), or -1 when it lies in the
 *                 form rather than in anything typed
 */
public record SearchProblem(@Nullable String message, int position) {
    public boolean pointsAtText() {
        return position >= 0;
    }
}
