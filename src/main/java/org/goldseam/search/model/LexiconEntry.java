package org.goldseam.search.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An active taxonomy entry and the phrases that point at it, as theme suggestions use them. */
public record LexiconEntry(long entryId, String key, String label, List<String> phrases) {
    public LexiconEntry {
        phrases = List.copyOf(phrases);
    }
}
