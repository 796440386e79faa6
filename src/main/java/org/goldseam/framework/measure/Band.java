package org.goldseam.framework.measure;

import java.math.BigDecimal;
import java.util.Objects;

/** A severity band, inclusive at both ends. */
public record Band(BigDecimal min, BigDecimal max, String label) {
    public Band {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("band " + label + " starts above its end");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a band needs a label");
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
