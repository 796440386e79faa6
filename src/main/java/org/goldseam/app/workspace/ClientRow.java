package org.goldseam.app.workspace;

import java.time.LocalDate;
import org.goldseam.clients.ClientStatus;

/** One line of the client list. */
public record ClientRow(long id, String fullName, String preferredName, ClientStatus status, LocalDate lastSession,
                        boolean riskFlag) {
}
