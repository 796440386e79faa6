package org.goldseam.framework.measure;

import java.math.BigDecimal;

/** A subscale result; {@code band} is null when the subscale has no band covering the score. */
public record SubscaleScore(String key, BigDecimal score, String band) {
}
