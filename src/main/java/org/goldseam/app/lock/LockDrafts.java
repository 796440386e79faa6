package org.goldseam.app.lock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What forms held when the vault locked and could not be saved (incomplete, or a record that cannot
 * be changed once written, such as an addendum): kept in memory only, never on disk, offered again
 * after unlock and forgotten if the vault is not unlocked (quit, restore, another vault).
 *
 * <p>A draft is the form's own field values in the order the form lays them out, keyed by the form
 * and what it was about (e.g. {@code client:42|Record risk review}), so it is only ever offered back
 * for the same client or note. Used on the event thread only.
 */
public final class LockDrafts {
    private final Map<String, Kept> kept = new LinkedHashMap<>();

    /** One form's values and the title the clinician knows it by. */
    public record Kept(String title, List<Object> values) {
        public Kept {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public void keep(String key, String title, List<Object> values) {
        kept.put(key, new Kept(title, values));
    }

    /** The draft kept for {@code key}, removed: it is offered once. */
    public Optional<Kept> take(String key) {
        return Optional.ofNullable(kept.remove(key));
    }

    /** The titles of the forms kept, in the order they were kept. */
    public List<String> titles() {
        List<String> titles = new ArrayList<>();
        kept.values().forEach(k -> titles.add(k.title()));
        return titles;
    }

    public boolean isEmpty() {
        return kept.isEmpty();
    }

    /** Forgets every draft: the vault is not going to be unlocked again in this session. */
    public void clear() {
        kept.clear();
    }
}
