package org.goldseam.framework.measure;

import java.util.Locale;

/** How a subscale combines its items. */
public enum Aggregation {
    SUM, MEAN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Aggregation fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
