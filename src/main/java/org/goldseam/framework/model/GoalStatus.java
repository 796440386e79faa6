package org.goldseam.framework.model;

import java.util.Locale;

public enum GoalStatus {
    ACTIVE, MET, REVISED, DROPPED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GoalStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
