package org.goldseam.vault;

/** The running Goldseam's version, from the jar manifest; "development" when run from classes. */
public final class GoldseamVersion {
    private GoldseamVersion() {
    }

    public static String current() {
        String version = GoldseamVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
