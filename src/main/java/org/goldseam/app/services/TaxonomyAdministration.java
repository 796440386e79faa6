package org.goldseam.app.services;

import java.time.Clock;
import org.goldseam.framework.TaxonomyService;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.vault.Vault;

/**
 * Changes to the taxonomy (themes, interventions, …): added, relabelled, described, deactivated,
 * reactivated, deleted. Each change and its {@code taxonomy_changed} entry (the key and what
 * changed, never a label's text) commit together.
 */
public final class TaxonomyAdministration {
    private final TaxonomyService taxonomy;
    private final Audited audited;

    public TaxonomyAdministration(Vault vault, Clock clock, TaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
        this.audited = new Audited(vault, clock);
    }

    public TaxonomyEntry addCustom(String actor, Category category, String label, String description) {
        return audited.change(actor, audit -> {
            TaxonomyEntry added = taxonomy.addCustom(category, label, description);
            audit.taxonomyChanged(added.key(), "added");
            return added;
        });
    }

    public TaxonomyEntry relabel(String actor, String key, String label) {
        return audited.change(actor, audit -> {
            TaxonomyEntry changed = taxonomy.relabel(key, label);
            audit.taxonomyChanged(key, "relabelled");
            return changed;
        });
    }

    public TaxonomyEntry describe(String actor, String key, String description) {
        return audited.change(actor, audit -> {
            TaxonomyEntry changed = taxonomy.describe(key, description);
            audit.taxonomyChanged(key, "described");
            return changed;
        });
    }

    public TaxonomyEntry setActive(String actor, String key, boolean active) {
        return audited.change(actor, audit -> {
            TaxonomyEntry changed = active ? taxonomy.reactivate(key) : taxonomy.deactivate(key);
            audit.taxonomyChanged(key, active ? "reactivated" : "deactivated");
            return changed;
        });
    }

    public void delete(String actor, String key) {
        audited.change(actor, audit -> {
            taxonomy.delete(key);
            audit.taxonomyChanged(key, "deleted");
            return null;
        });
    }
}
