package org.goldseam.search;

import org.goldseam.search.query.QueryError;

/** The answer to a search request: results, a query that could not be read, or an index not ready yet. */
public sealed interface SearchOutcome {
    record Found(SearchResult result) implements SearchOutcome {
    }

    record Invalid(QueryError error) implements SearchOutcome {
    }

    /** The search has words and the full-text index is still being built (or could not be). */
    record IndexNotReady(IndexStatus status) implements SearchOutcome {
    }
}
