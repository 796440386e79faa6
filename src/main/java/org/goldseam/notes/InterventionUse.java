package org.goldseam.notes;

/** An intervention from the taxonomy used in a session, with an optional note on how. */
public record InterventionUse(long entryId, String detail) {
}
