package org.goldseam.search.query;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Either a query or the reason it could not be read; exactly one of the two is set. */
public record ParseResult(@Nullable SearchQuery query, @Nullable QueryError error) {
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

    /** The query of a result that is {@link #ok()}. */
    public SearchQuery validQuery() {
        if (query == null) {
            throw new IllegalStateException("the search could not be read");
        }
        return query;
    }

    /** Why the search could not be read, for a result that is not {@link #ok()}. */
    public QueryError problem() {
        if (error == null) {
            throw new IllegalStateException("the search was read");
        }
        return error;
    }
}
