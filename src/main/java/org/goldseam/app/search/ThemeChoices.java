package org.goldseam.app.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldseam.app.workspace.TaxonomyIndex;
import org.goldseam.framework.model.TaxonomyEntry;

/** The themes the search window offers in its chooser, and their labels by key for the results. */
record ThemeChoices(TaxonomyIndex index, Map<String, String> labels) {
    static final ThemeChoices EMPTY = new ThemeChoices(TaxonomyIndex.empty(), Map.of());

    static ThemeChoices of(List<TaxonomyEntry> entries) {
        Map<String, String> byKey = new HashMap<>();
        entries.forEach(e -> byKey.put(e.key(), e.label()));
        return new ThemeChoices(TaxonomyIndex.of(entries), Map.copyOf(byKey));
    }

    /** Themes whose label or key contains every typed word. */
    List<TaxonomyEntry> matching(String typed) {
        return index.themesMatching(typed == null ? "" : typed, Set.of(), Integer.MAX_VALUE);
    }

    /** A theme key's label as the clinician named it, or the key itself when the taxonomy has no such entry. */
    String label(String key) {
        return labels.getOrDefault(key, key);
    }
}
