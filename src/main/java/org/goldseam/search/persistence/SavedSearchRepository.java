package org.goldseam.search.persistence;

import static org.goldseam.db.Tables.SAVED_SEARCH;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.goldseam.db.tables.records.SavedSearchRecord;
import org.goldseam.search.model.SavedSearch;
import org.jooq.DSLContext;

/** The {@code saved_search} table. */
public final class SavedSearchRepository {
    private final DSLContext dsl;

    public SavedSearchRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    /** Saves under {@code name}, replacing a saved search of the same name; returns it. */
    public SavedSearch save(String name, String query, boolean includePrivate, OffsetDateTime now) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            SavedSearchRecord row = tx.selectFrom(SAVED_SEARCH).where(SAVED_SEARCH.NAME.eq(name)).forUpdate().fetchOne();
            if (row == null) {
                row = tx.newRecord(SAVED_SEARCH);
                row.setName(name);
                row.setCreatedAt(now);
            }
            row.setQueryText(query);
            row.setIncludePrivate(includePrivate);
            row.setUpdatedAt(now);
            row.store();
            return toSaved(row);
        });
    }

    /** Every saved search, by name. */
    public List<SavedSearch> list() {
        return dsl.selectFrom(SAVED_SEARCH).orderBy(SAVED_SEARCH.NAME).fetch(SavedSearchRepository::toSaved);
    }

    public Optional<SavedSearch> byName(String name) {
        return dsl.selectFrom(SAVED_SEARCH).where(SAVED_SEARCH.NAME.eq(name)).fetchOptional(SavedSearchRepository::toSaved);
    }

    /** True when there was such a saved search. */
    public boolean delete(long id) {
        return dsl.deleteFrom(SAVED_SEARCH).where(SAVED_SEARCH.ID.eq(id)).execute() > 0;
    }

    /** Renames; false when there is no such saved search. */
    public boolean rename(long id, String name, OffsetDateTime now) {
        return dsl.update(SAVED_SEARCH).set(SAVED_SEARCH.NAME, name).set(SAVED_SEARCH.UPDATED_AT, now)
                .where(SAVED_SEARCH.ID.eq(id)).execute() > 0;
    }

    public boolean nameTaken(String name) {
        return dsl.fetchExists(SAVED_SEARCH, SAVED_SEARCH.NAME.eq(name));
    }

    private static SavedSearch toSaved(SavedSearchRecord r) {
        return new SavedSearch(r.getId(), r.getName(), r.getQueryText(), r.getIncludePrivate(),
                r.getCreatedAt().withOffsetSameInstant(ZoneOffset.UTC), r.getUpdatedAt().withOffsetSameInstant(ZoneOffset.UTC));
    }
}
