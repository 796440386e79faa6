package org.goldseam.search.persistence;

import static org.goldseam.db.Tables.CLIENT;
import static org.goldseam.db.Tables.TAXONOMY_ENTRY;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.goldseam.clients.ClientStatus;
import org.goldseam.search.model.ClientRef;
import org.jooq.DSLContext;

/** The names behind ids in search results, and theme keys behind entry ids. */
public final class SearchLookupRepository {
    private final DSLContext dsl;

    public SearchLookupRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    public Map<Long, ClientRef> clients(Collection<Long> ids) {
        Map<Long, ClientRef> clients = new HashMap<>();
        if (!ids.isEmpty()) {
            dsl.select(CLIENT.ID, CLIENT.FULL_NAME, CLIENT.STATUS).from(CLIENT).where(CLIENT.ID.in(ids))
                    .forEach(r -> clients.put(r.value1(), new ClientRef(r.value1(), r.value2(), ClientStatus.fromDb(r.value3()))));
        }
        return clients;
    }

    /** Entry id by key, for the keys that exist. */
    public Map<String, Long> entryIds(Collection<String> keys) {
        Map<String, Long> ids = new HashMap<>();
        if (!keys.isEmpty()) {
            dsl.select(TAXONOMY_ENTRY.ENTRY_KEY, TAXONOMY_ENTRY.ID).from(TAXONOMY_ENTRY)
                    .where(TAXONOMY_ENTRY.ENTRY_KEY.in(keys))
                    .forEach(r -> ids.put(r.value1(), r.value2()));
        }
        return ids;
    }

    /** Every entry key: for "did you mean" when a query names a key that does not exist. */
    public java.util.List<String> allEntryKeys() {
        return dsl.select(TAXONOMY_ENTRY.ENTRY_KEY).from(TAXONOMY_ENTRY).orderBy(TAXONOMY_ENTRY.ENTRY_KEY)
                .fetch(TAXONOMY_ENTRY.ENTRY_KEY);
    }
}
