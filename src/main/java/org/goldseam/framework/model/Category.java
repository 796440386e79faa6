package org.goldseam.framework.model;

import java.util.Locale;

/** The seven taxonomy categories; {@link #code()} is the value stored and the prefix of every key. */
public enum Category {
    TRIGGER, DEFENSE, CORE_BELIEF, COST, RELATIONAL_PATTERN, INTERVENTION, STRENGTH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category fromCode(String code) {
        for (Category category : values()) {
            if (category.code().equals(code)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown taxonomy category: " + code);
    }
}
