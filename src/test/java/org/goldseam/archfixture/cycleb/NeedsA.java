package org.goldseam.archfixture.cycleb;

/** The other half of the deliberate cycle. */
public class NeedsA {
    public org.goldseam.archfixture.cyclea.NeedsB partner;
}
