package org.goldseam.search.persistence;

import static org.goldseam.db.Tables.TAXONOMY_ENTRY;
import static org.goldseam.db.Tables.TAXONOMY_LEXICON;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.goldseam.search.model.LexiconEntry;
import org.jooq.DSLContext;

/** The lexicon of active taxonomy entries, for theme suggestions. */
public final class LexiconRepository {
    private final DSLContext dsl;

    public LexiconRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    /** Active entries that have at least one phrase, in category and entry order. */
    public List<LexiconEntry> activeEntries() {
        Map<Long, String[]> heads = new LinkedHashMap<>();
        Map<Long, List<String>> phrases = new LinkedHashMap<>();
        dsl.select(TAXONOMY_ENTRY.ID, TAXONOMY_ENTRY.ENTRY_KEY, TAXONOMY_ENTRY.LABEL, TAXONOMY_LEXICON.PHRASE)
                .from(TAXONOMY_ENTRY)
                .join(TAXONOMY_LEXICON).on(TAXONOMY_LEXICON.ENTRY_ID.eq(TAXONOMY_ENTRY.ID))
                .where(TAXONOMY_ENTRY.ACTIVE.isTrue())
                .orderBy(TAXONOMY_ENTRY.CATEGORY, TAXONOMY_ENTRY.SORT_ORDER, TAXONOMY_ENTRY.ID, TAXONOMY_LEXICON.ID)
                .forEach(r -> {
                    heads.putIfAbsent(r.value1(), new String[] {r.value2(), r.value3()});
                    phrases.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value4());
                });
        List<LexiconEntry> entries = new ArrayList<>();
        heads.forEach((id, head) -> entries.add(new LexiconEntry(id, head[0], head[1], phrases.getOrDefault(id, List.of()))));
        return entries;
    }
}
