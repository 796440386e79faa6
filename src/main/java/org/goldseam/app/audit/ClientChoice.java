package org.goldseam.app.audit;

import org.jspecify.annotations.Nullable;

/**
 * An entry of the viewer's client filter.
 *
 * @param clientId null for "All clients"
 */
public record ClientChoice(@Nullable Long clientId, String label) {
    public static final ClientChoice ALL = new ClientChoice(null, "All clients");

    @Override
    public String toString() {
        return label; // what a combo box shows
    }
}
