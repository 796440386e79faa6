package org.goldseam.search;

import org.goldseam.search.model.SavedSearch;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.goldseam.search.persistence.SavedSearchRepository;
import org.goldseam.search.query.ParseResult;
import org.goldseam.search.query.QueryParser;

/** Named searches kept in the vault: their names checked, their queries readable. */
final class SavedSearches {
    private static final int MAX_NAME = 200;

    private final SavedSearchRepository repository;
    private final Clock clock;

    SavedSearches(SavedSearchRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    SavedSearch save(String name, String queryText, boolean includePrivate) {
        String clean = checkedName(name);
        ParseResult parsed = QueryParser.parse(queryText);
        if (!parsed.ok()) {
            throw new SearchException("This search cannot be saved as written: " + parsed.problem().message() + ".");
        }
        return repository.save(clean, queryText.strip(), includePrivate, OffsetDateTime.now(clock));
    }

    List<SavedSearch> list() {
        return repository.list();
    }

    void rename(long id, String name) {
        String clean = checkedName(name);
        if (repository.byName(clean).filter(s -> s.id() != id).isPresent()) {
            throw new SearchException("There is already a saved search called \"" + clean + "\".");
        }
        if (!repository.rename(id, clean, OffsetDateTime.now(clock))) {
            throw new SearchException("That saved search no longer exists.");
        }
    }

    void delete(long id) {
        repository.delete(id);
    }

    private static String checkedName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new SearchException("A saved search needs a name of 1 to " + MAX_NAME + " characters.");
        }
        return clean;
    }
}
