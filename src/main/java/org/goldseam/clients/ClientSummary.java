package org.goldseam.clients;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A row of the client list.
 *
 * @param lastSessionStartsAt start of the latest attended session (UTC), or null if none yet. Kept
 *     as an instant because its calendar date depends on the clinician's time zone: a 23:30 session in
 *     New York falls on the next day in UTC. Use {@link #lastSessionDate(ZoneId)} for display.
 */
public record ClientSummary(
        long id,
        String fullName,
        @Nullable String preferredName,
        ClientStatus status,
        @Nullable OffsetDateTime lastSessionStartsAt) {

    public ClientSummary {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(status, "status");
    }

    /** The date of the latest attended session in {@code zone}, or null if there is none. */
    public @Nullable LocalDate lastSessionDate(ZoneId zone) {
        return lastSessionStartsAt == null ? null : lastSessionStartsAt.atZoneSameInstant(zone).toLocalDate();
    }
}
