package org.goldseam.framework.model;

import java.util.Locale;

/** Nathanson's compass of shame: the four directions a shame response takes. */
public enum ShameCompassPole {
    WITHDRAWAL, ATTACK_SELF, AVOIDANCE, ATTACK_OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ShameCompassPole fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
