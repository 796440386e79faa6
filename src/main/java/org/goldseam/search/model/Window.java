package org.goldseam.search.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.goldseam.clients.ClientStatus;
import org.jspecify.annotations.Nullable;

/**
 * The sessions a search looks at, per client: attended sessions from {@code from} (inclusive) to
 * {@code toExclusive}, and of those the last {@code lastSessions}; only clients with one of
 * {@code statuses} (all clients when empty). Null bounds are open.
 */
public record Window(@Nullable Integer lastSessions, @Nullable OffsetDateTime from, @Nullable OffsetDateTime toExclusive, List<ClientStatus> statuses) {
    public Window {
        statuses = List.copyOf(statuses);
    }

    public boolean limitsSessions() {
        return lastSessions != null || from != null || toExclusive != null;
    }
}
