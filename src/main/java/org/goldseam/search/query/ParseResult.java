package org.goldseam.search.query;

import java.util.Objects;

/** Either a query or the reason it could not be read; exactly one of the two is set. */
public record ParseResult(SearchQuery query, QueryError error) {
    public ParseResult {
        if ((query == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of query and error must be given");
        }
    }

    static ParseResult ok(SearchQuery query) {
        return new ParseResult(Objects.requireNonNull(query), null);
    }

    static ParseResult failed(int position, String message) {
        return new ParseResult(null, new QueryError(position, message));
    }

    public boolean ok() {
        return query != null;
    }
}
