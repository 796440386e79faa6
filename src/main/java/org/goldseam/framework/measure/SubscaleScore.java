package org.goldseam.framework.measure;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A subscale result; {@code band} is null when the subscale has no band covering the score. */
public record SubscaleScore(String key, BigDecimal score, @Nullable String band) {
}
