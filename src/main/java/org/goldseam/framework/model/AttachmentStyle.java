package org.goldseam.framework.model;

import java.util.Locale;

/** Bartholomew and Horowitz's four categories, as clinician judgement, plus "not yet assessed". */
public enum AttachmentStyle {
    NOT_ASSESSED, SECURE, PREOCCUPIED, DISMISSING, FEARFUL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AttachmentStyle fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
