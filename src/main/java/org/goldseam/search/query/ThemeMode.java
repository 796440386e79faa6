package org.goldseam.search.query;

import java.util.Locale;

/** How several themes in one query combine: a session counts when it shows any of them, or all of them. */
public enum ThemeMode {
    ANY, ALL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
