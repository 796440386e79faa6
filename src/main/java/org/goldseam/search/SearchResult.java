package org.goldseam.search;

import java.util.List;

/**
 * What a search found, best first.
 *
 * @param query          the search as understood, in the query language's canonical form
 * @param includePrivate whether psychotherapy notes were searched
 */
public record SearchResult(String query, boolean includePrivate, List<ClientMatch> clients) {
    public SearchResult {
        clients = List.copyOf(clients);
    }
}
