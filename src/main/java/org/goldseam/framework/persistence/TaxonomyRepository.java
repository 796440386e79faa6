package org.goldseam.framework.persistence;

import static org.goldseam.db.Tables.ATTACHMENT_RELATIONSHIP_PATTERN;
import static org.goldseam.db.Tables.FORMULATION_ENTRY;
import static org.goldseam.db.Tables.NOTE_INTERVENTION;
import static org.goldseam.db.Tables.SHAME_COMPASS_MAPPING;
import static org.goldseam.db.Tables.TAXONOMY_ENTRY;
import static org.goldseam.db.Tables.TAXONOMY_LEXICON;
import static org.goldseam.db.Tables.THEME_OBSERVATION;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.ShameCompassPole;
import org.goldseam.framework.model.TaxonomyEntry;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Taxonomy entries, their lexicon and compass mapping, and how often each entry is referenced. */
public final class TaxonomyRepository {
    public static final int MAX_KEY_LENGTH = 120;
    private final DSLContext dsl;

    public TaxonomyRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    /** Every place an entry can be used; a new referencing table must be added here. */
    private static Field<Long> useCount() {
        Field<Integer> themes = DSL.selectCount().from(THEME_OBSERVATION)
                .where(THEME_OBSERVATION.ENTRY_ID.eq(TAXONOMY_ENTRY.ID)).asField();
        Field<Integer> interventions = DSL.selectCount().from(NOTE_INTERVENTION)
                .where(NOTE_INTERVENTION.ENTRY_ID.eq(TAXONOMY_ENTRY.ID)).asField();
        Field<Integer> patterns = DSL.selectCount().from(ATTACHMENT_RELATIONSHIP_PATTERN)
                .where(ATTACHMENT_RELATIONSHIP_PATTERN.ENTRY_ID.eq(TAXONOMY_ENTRY.ID)).asField();
        Field<Integer> formulations = DSL.selectCount().from(FORMULATION_ENTRY)
                .where(FORMULATION_ENTRY.ENTRY_ID.eq(TAXONOMY_ENTRY.ID)).asField();
        return themes.plus(interventions).plus(patterns).plus(formulations).cast(Long.class).as("use_count");
    }

    private List<TaxonomyEntry> select(Condition condition) {
        Field<Long> uses = useCount();
        return dsl.select(TAXONOMY_ENTRY.fields()).select(uses)
                .from(TAXONOMY_ENTRY)
                .where(condition)
                .orderBy(TAXONOMY_ENTRY.CATEGORY, TAXONOMY_ENTRY.SORT_ORDER, TAXONOMY_ENTRY.ENTRY_KEY)
                .fetch(r -> toEntry(r, uses));
    }

    private static TaxonomyEntry toEntry(Record r, Field<Long> uses) {
        return new TaxonomyEntry(r.get(TAXONOMY_ENTRY.ID), r.get(TAXONOMY_ENTRY.ENTRY_KEY),
                Category.fromCode(r.get(TAXONOMY_ENTRY.CATEGORY)), r.get(TAXONOMY_ENTRY.LABEL),
                r.get(TAXONOMY_ENTRY.DESCRIPTION), r.get(TAXONOMY_ENTRY.BUILTIN), r.get(TAXONOMY_ENTRY.ACTIVE),
                r.get(TAXONOMY_ENTRY.SORT_ORDER), r.get(uses));
    }

    public List<TaxonomyEntry> all() {
        return select(DSL.noCondition());
    }

    public List<TaxonomyEntry> byCategory(Category category) {
        return select(TAXONOMY_ENTRY.CATEGORY.eq(category.code()));
    }

    public Optional<TaxonomyEntry> byKey(String key) {
        return select(TAXONOMY_ENTRY.ENTRY_KEY.eq(key)).stream().findFirst();
    }

    /**
     * Inserts a clinician's entry under {@code baseKey}, or {@code baseKey_2}, {@code _3}, ... when
     * that key is taken; returns the key used. One transaction, so two adds cannot pick the same key.
     */
    public String insertCustom(Category category, String baseKey, String label, String description,
                               OffsetDateTime createdAt) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            String key = baseKey;
            for (int n = 2; tx.fetchExists(TAXONOMY_ENTRY, TAXONOMY_ENTRY.ENTRY_KEY.eq(key)); n++) {
                String suffix = "_" + n;
                key = baseKey.substring(0, Math.min(baseKey.length(), MAX_KEY_LENGTH - suffix.length())) + suffix;
            }
            Integer max = tx.select(DSL.max(TAXONOMY_ENTRY.SORT_ORDER)).from(TAXONOMY_ENTRY)
                    .where(TAXONOMY_ENTRY.CATEGORY.eq(category.code())).fetchOne(0, Integer.class);
            tx.insertInto(TAXONOMY_ENTRY)
                    .set(TAXONOMY_ENTRY.CATEGORY, category.code())
                    .set(TAXONOMY_ENTRY.ENTRY_KEY, key)
                    .set(TAXONOMY_ENTRY.LABEL, label)
                    .set(TAXONOMY_ENTRY.DESCRIPTION, description)
                    .set(TAXONOMY_ENTRY.BUILTIN, false)
                    .set(TAXONOMY_ENTRY.ACTIVE, true)
                    .set(TAXONOMY_ENTRY.SORT_ORDER, max == null ? 10 : max + 10)
                    .set(TAXONOMY_ENTRY.CREATED_AT, createdAt)
                    .execute();
            return key;
        });
    }

    public void updateLabel(long id, String label) {
        dsl.update(TAXONOMY_ENTRY).set(TAXONOMY_ENTRY.LABEL, label).where(TAXONOMY_ENTRY.ID.eq(id)).execute();
    }

    public void updateDescription(long id, String description) {
        dsl.update(TAXONOMY_ENTRY).set(TAXONOMY_ENTRY.DESCRIPTION, description).where(TAXONOMY_ENTRY.ID.eq(id)).execute();
    }

    public void setActive(long id, boolean active) {
        dsl.update(TAXONOMY_ENTRY).set(TAXONOMY_ENTRY.ACTIVE, active).where(TAXONOMY_ENTRY.ID.eq(id)).execute();
    }

    public void delete(long id) {
        dsl.deleteFrom(TAXONOMY_ENTRY).where(TAXONOMY_ENTRY.ID.eq(id)).execute();
    }

    public List<String> lexicon(long entryId) {
        return dsl.select(TAXONOMY_LEXICON.PHRASE).from(TAXONOMY_LEXICON)
                .where(TAXONOMY_LEXICON.ENTRY_ID.eq(entryId))
                .orderBy(TAXONOMY_LEXICON.ID)
                .fetch(TAXONOMY_LEXICON.PHRASE);
    }

    public void addPhrase(long entryId, String phrase) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (!tx.fetchExists(TAXONOMY_LEXICON, TAXONOMY_LEXICON.ENTRY_ID.eq(entryId).and(TAXONOMY_LEXICON.PHRASE.eq(phrase)))) {
                tx.insertInto(TAXONOMY_LEXICON)
                        .set(TAXONOMY_LEXICON.ENTRY_ID, entryId)
                        .set(TAXONOMY_LEXICON.PHRASE, phrase)
                        .execute();
            }
        });
    }

    /** Defense keys by compass pole, in entry order. */
    public Map<ShameCompassPole, List<String>> compass() {
        Map<ShameCompassPole, List<String>> result = new EnumMap<>(ShameCompassPole.class);
        for (ShameCompassPole pole : ShameCompassPole.values()) {
            result.put(pole, dsl.select(TAXONOMY_ENTRY.ENTRY_KEY)
                    .from(SHAME_COMPASS_MAPPING)
                    .join(TAXONOMY_ENTRY).on(TAXONOMY_ENTRY.ID.eq(SHAME_COMPASS_MAPPING.ENTRY_ID))
                    .where(SHAME_COMPASS_MAPPING.POLE.eq(pole.code()))
                    .orderBy(TAXONOMY_ENTRY.SORT_ORDER)
                    .fetch(TAXONOMY_ENTRY.ENTRY_KEY));
        }
        return result;
    }
}
