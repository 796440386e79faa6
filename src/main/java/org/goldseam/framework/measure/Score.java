package org.goldseam.framework.measure;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of scoring a form. An incomplete form (any item unanswered) has no total, band or
 * subscale scores, only the list of missing items.
 */
public record Score(boolean complete, @Nullable BigDecimal total, @Nullable String band, List<SubscaleScore> subscales,
                    List<Integer> missingItems) {
    public Score {
        subscales = List.copyOf(subscales);
        missingItems = List.copyOf(missingItems);
    }

    /** The total of a complete score; an incomplete one has none, and asking for it is a programming error. */
    public BigDecimal requireTotal() {
        if (total == null) {
            throw new IllegalStateException("an incomplete score has no total");
        }
        return total;
    }

    static Score incomplete(List<Integer> missingItems) {
        return new Score(false, null, null, List.of(), missingItems);
    }
}
