package org.goldseam.framework.model;

/** The early-experience checklist of an attachment history. */
public record EarlyExperience(boolean emotionalNeglect, boolean physicalNeglect, boolean abuse,
                              boolean misattunedCaregiver, boolean conditionalWorth, boolean parentification,
                              boolean intergenerationalPattern, boolean selfBlameForCaregiver) {
    public static final EarlyExperience NONE = new EarlyExperience(false, false, false, false, false, false, false, false);
}
