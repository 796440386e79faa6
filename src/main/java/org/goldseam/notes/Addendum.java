package org.goldseam.notes;

import java.time.OffsetDateTime;
import java.util.Objects;

/** Text appended to a signed note; never edited once written. {@code createdAt} is in UTC. */
public record Addendum(long id, long noteId, AddendumKind kind, String author, OffsetDateTime createdAt, String body) {
    public Addendum {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(body, "body");
    }
}
