package org.goldseam.framework;

import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.ShameCompassPole;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.framework.model.TaxonomyReportRow;
import org.goldseam.framework.persistence.TaxonomyRepository;
import org.jspecify.annotations.Nullable;

/** The clinical vocabulary: built-in entries from the migration plus the clinician's own. */
public final class TaxonomyService {
    private final TaxonomyRepository repository;
    private final Clock clock;

    public TaxonomyService(TaxonomyRepository repository, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.clock = Objects.requireNonNull(clock);
    }

    public List<TaxonomyEntry> list(Category category) {
        return repository.byCategory(category);
    }

    public List<TaxonomyEntry> all() {
        return repository.all();
    }

    public TaxonomyEntry get(String key) {
        return repository.byKey(key).orElseThrow(() -> new FrameworkException("There is no taxonomy entry " + key + "."));
    }

    /** Adds a clinician's entry; its key is the category plus a slug of the label, made unique. */
    public TaxonomyEntry addCustom(Category category, String label, String description) {
        Objects.requireNonNull(category, "category");
        String cleanLabel = requireText(label, "label");
        String cleanDescription = requireText(description, "description");
        String key = repository.insertCustom(category, category.code() + "." + slug(cleanLabel), cleanLabel,
                cleanDescription, OffsetDateTime.now(clock));
        return get(key);
    }

    public TaxonomyEntry relabel(String key, String label) {
        repository.updateLabel(get(key).id(), requireText(label, "label"));
        return get(key);
    }

    public TaxonomyEntry describe(String key, String description) {
        repository.updateDescription(get(key).id(), requireText(description, "description"));
        return get(key);
    }

    public TaxonomyEntry deactivate(String key) {
        repository.setActive(get(key).id(), false);
        return get(key);
    }

    public TaxonomyEntry reactivate(String key) {
        repository.setActive(get(key).id(), true);
        return get(key);
    }

    /**
     * Deletes a clinician's entry that nothing refers to. Built-in entries and used entries stay, so
     * that older notes keep their meaning; deactivate them instead.
     */
    public void delete(String key) {
        TaxonomyEntry entry = get(key);
        if (entry.builtin()) {
            throw new FrameworkException("\"" + entry.label() + "\" is a built-in entry and cannot be deleted; deactivate it to hide it.");
        }
        if (entry.useCount() > 0) {
            throw new FrameworkException("\"" + entry.label() + "\" is used " + entry.useCount()
                    + " time(s) in the record and cannot be deleted; deactivate it to hide it from new notes.");
        }
        repository.delete(entry.id());
    }

    public List<String> lexicon(String key) {
        return repository.lexicon(get(key).id());
    }

    public void addLexiconPhrase(String key, String phrase) {
        repository.addPhrase(get(key).id(), requireText(phrase, "phrase"));
    }

    /** Nathanson's compass of shame: defense entry keys per pole. */
    public Map<ShameCompassPole, List<String>> shameCompass() {
        return repository.compass();
    }

    /** Rows for {@code goldseam taxonomy}, ordered by category then the entries' own order. */
    public List<TaxonomyReportRow> report() {
        return repository.all().stream()
                .map(e -> new TaxonomyReportRow(e.key(), e.category().code(), e.label(), e.active(), e.builtin(), e.useCount()))
                .toList();
    }

    /** Lower-case ASCII words joined by underscores; accents are dropped, anything else separates words. */
    static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty()) {
            slug = "entry";
        }
        // leave room for the category prefix and a uniqueness suffix within the 120-character key
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("_+$", "") : slug;
    }

    static String requireText(@Nullable String text, String what) {
        if (text == null || text.isBlank()) {
            throw new FrameworkException("The " + what + " cannot be empty.");
        }
        return text.strip();
    }
}
