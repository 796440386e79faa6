package org.goldseam.search;

import java.time.OffsetDateTime;
import java.util.List;
import org.goldseam.search.text.Snippet;

/**
 * A session note of the client where the searched words occur.
 *
 * @param snippets passages with the words marked; filled for the client's best few notes only
 */
public record TextMatch(long noteId, OffsetDateTime startsAt, float score, List<Snippet> snippets) {
    public TextMatch {
        snippets = List.copyOf(snippets);
    }
}
