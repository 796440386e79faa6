package org.goldseam.integrity;

/** One thing {@code check} found wrong, in words a clinician or their IT person can act on. */
public record CheckFinding(String area, String problem) {
}
