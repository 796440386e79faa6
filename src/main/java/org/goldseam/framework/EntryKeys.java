package org.goldseam.framework;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.framework.persistence.TaxonomyRepository;
import org.jspecify.annotations.Nullable;

/** Turns entry keys from a draft into ids, refusing unknown keys and entries of the wrong category. */
final class EntryKeys {
    private EntryKeys() {
    }

    static List<Long> resolve(TaxonomyRepository taxonomy, @Nullable List<String> keys, Category expected) {
        List<Long> ids = new ArrayList<>();
        for (String key : new LinkedHashSet<>(keys)) {
            TaxonomyEntry entry = taxonomy.byKey(key)
                    .orElseThrow(() -> new FrameworkException("There is no taxonomy entry " + key + "."));
            if (entry.category() != expected) {
                throw new FrameworkException("\"" + entry.label() + "\" is a " + entry.category().code().replace('_', ' ')
                        + ", not a " + expected.code().replace('_', ' ') + ".");
            }
            ids.add(entry.id());
        }
        return ids;
    }
}
