package org.goldseam.search.persistence;

import org.goldseam.vault.Vault;
import org.jooq.DSLContext;

/** The repositories search needs, over one vault's database. */
public record SearchStore(RecurrenceRepository recurrence, NoteTextRepository texts, SearchLookupRepository lookup,
                          SavedSearchRepository saved, LexiconRepository lexicon) {

    public static SearchStore of(Vault vault) {
        DSLContext dsl = vault.database().dsl();
        return new SearchStore(new RecurrenceRepository(dsl), new NoteTextRepository(dsl), new SearchLookupRepository(dsl),
                new SavedSearchRepository(dsl), new LexiconRepository(dsl));
    }
}
