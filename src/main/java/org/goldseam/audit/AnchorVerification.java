package org.goldseam.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of comparing the audit trail with an {@link AuditAnchor} taken earlier.
 *
 * @param problem why the trail is not a continuation of what the anchor saw, or null when it is
 */
public record AnchorVerification(AuditAnchor anchor, long currentLength, @Nullable String problem) {
    public boolean holds() {
        return problem == null;
    }
}
