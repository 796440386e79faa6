package org.goldseam.framework.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A severity band, inclusive at both ends. */
public record Band(BigDecimal min, BigDecimal max, String label) {
    public Band {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        min = twoDecimals(min);
        max = twoDecimals(max);
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("band " + label + " starts above its end");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a band needs a label");
        }
    }

    /** Bands are stored as DECIMAL(9,2); a finer bound would silently change on the way in. */
    private static BigDecimal twoDecimals(BigDecimal bound) {
        try {
            return bound.setScale(Scoring.SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("band bounds have at most two decimals: " + bound, e);
        }
    }

    public static Band of(int min, int max, String label) {
        return new Band(BigDecimal.valueOf(min), BigDecimal.valueOf(max), label);
    }

    public static Band of(String min, String max, String label) {
        return new Band(new BigDecimal(min), new BigDecimal(max), label);
    }

    public boolean contains(BigDecimal score) {
        return min.compareTo(score) <= 0 && score.compareTo(max) <= 0;
    }
}
