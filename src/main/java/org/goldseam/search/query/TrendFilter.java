package org.goldseam.search.query;

import java.util.Locale;

/** Which direction of a theme's intensity over the window a query asks for. */
public enum TrendFilter {
    RISING, FALLING, ANY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
