package org.goldseam.archfixture.cyclea;

/** Breaks the rule on purpose: cyclea uses cycleb, which uses cyclea. */
public class NeedsB {
    public org.goldseam.archfixture.cycleb.NeedsA partner;
}
