package org.goldseam.search.model;

import org.goldseam.clients.ClientStatus;

/** Who a result is about: what the results table shows in its first columns. */
public record ClientRef(long id, String fullName, ClientStatus status) {
}
