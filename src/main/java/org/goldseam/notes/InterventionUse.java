package org.goldseam.notes;

import org.jspecify.annotations.Nullable;

/** An intervention from the taxonomy used in a session, with an optional note on how. */
public record InterventionUse(long entryId, @Nullable String detail) {
}
