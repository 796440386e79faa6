package org.goldseam.app.workspace;

import java.time.LocalDate;
import org.goldseam.clients.ClientStatus;
import org.jspecify.annotations.Nullable;

/** One line of the client list. */
public record ClientRow(long id, String fullName, @Nullable String preferredName, ClientStatus status, @Nullable LocalDate lastSession,
                        boolean riskFlag) {
}
