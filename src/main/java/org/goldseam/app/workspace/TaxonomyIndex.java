package org.goldseam.app.workspace;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.notes.ShameKinds;

/**
 * The taxonomy as the editor needs it: labels by id (also of retired entries, which old notes
 * still show), and the active entries to offer, filterable as the clinician types.
 */
public record TaxonomyIndex(Map<Long, TaxonomyEntry> byId, List<TaxonomyEntry> active) {
    public static TaxonomyIndex of(List<TaxonomyEntry> all) {
        Map<Long, TaxonomyEntry> byId = new LinkedHashMap<>();
        all.forEach(entry -> byId.put(entry.id(), entry));
        List<TaxonomyEntry> active = all.stream().filter(TaxonomyEntry::active)
                .sorted(Comparator.comparing(TaxonomyEntry::category).thenComparingInt(TaxonomyEntry::sortOrder))
                .toList();
        return new TaxonomyIndex(Map.copyOf(byId), active);
    }

    public static TaxonomyIndex empty() {
        return new TaxonomyIndex(Map.of(), List.of());
    }

    public String label(long entryId) {
        TaxonomyEntry entry = byId.get(entryId);
        return entry == null ? "entry " + entryId : entry.label();
    }

    public Category category(long entryId) {
        TaxonomyEntry entry = byId.get(entryId);
        return entry == null ? Category.TRIGGER : entry.category();
    }

    /** Whether a kind of shame may be recorded on this entry ({@link ShameKinds}). */
    public boolean shameApplies(long entryId) {
        TaxonomyEntry entry = byId.get(entryId);
        return entry != null && !ShameKinds.allowedFor(entry.category()).isEmpty();
    }

    /** Active themes (not interventions) whose label or key contains every typed word, best first. */
    public List<TaxonomyEntry> themesMatching(String typed, Set<Long> exclude, int limit) {
        String[] words = ClientListPresenter.fold(typed.strip()).split("\\s+");
        return active.stream()
                .filter(e -> e.category() != Category.INTERVENTION && !exclude.contains(e.id()))
                .filter(e -> {
                    String haystack = ClientListPresenter.fold(e.label() + " " + e.key().replace('_', ' '));
                    for (String word : words) {
                        if (!haystack.contains(word)) {
                            return false;
                        }
                    }
                    return true;
                })
                .sorted(Comparator.comparing((TaxonomyEntry e) -> !ClientListPresenter.fold(e.label()).startsWith(words[0])))
                .limit(limit)
                .toList();
    }

    public List<TaxonomyEntry> interventions() {
        return active.stream().filter(e -> e.category() == Category.INTERVENTION).toList();
    }
}
