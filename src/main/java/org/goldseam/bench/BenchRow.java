package org.goldseam.bench;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of the results table: what was measured, on which vault size, Goldseam's numbers, the
 * baseline measured in the same run (if any), the ratio between them, and the goal it is held to.
 *
 * @param ratio    e.g. "63× faster than grep" or "1.42× the bare window"; null when there is no baseline
 * @param goal     the goal in words, null when the row has none
 * @param goalMet  null when the row has no goal
 */
public record BenchRow(String area, String measure, String size, String value, @Nullable String baseline, @Nullable String ratio,
                       @Nullable String goal, @Nullable Boolean goalMet) {
    public BenchRow {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
    }

    static BenchRow plain(String area, String measure, String size, String value) {
        return new BenchRow(area, measure, size, value, null, null, null, null);
    }

    String verdict() {
        return goalMet == null ? "" : goalMet ? "met" : "**missed**";
    }
}
