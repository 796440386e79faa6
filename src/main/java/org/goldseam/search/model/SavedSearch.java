package org.goldseam.search.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/** A search the clinician named to run again: the query text as typed, and the private-notes switch. */
public record SavedSearch(long id, String name, String query, boolean includePrivate, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {
    public SavedSearch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
    }
}
