package org.goldseam.app.search;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.search.model.SavedSearch;
import org.goldseam.search.SearchService;

/**
 * Saves, renames and deletes saved searches in the background; after each change the list is read
 * again and handed to {@code changed}, or the failure to {@code failed}.
 */
final class SavedSearchChanges {
    private final SearchService search;
    private final BackgroundTasks tasks;
    private final Consumer<List<SavedSearch>> changed;
    private final Consumer<Throwable> failed;

    SavedSearchChanges(SearchService search, BackgroundTasks tasks, Consumer<List<SavedSearch>> changed,
                       Consumer<Throwable> failed) {
        this.search = Objects.requireNonNull(search);
        this.tasks = Objects.requireNonNull(tasks);
        this.changed = Objects.requireNonNull(changed);
        this.failed = Objects.requireNonNull(failed);
    }

    void save(String name, String query, boolean includePrivate) {
        change(() -> search.saveSearch(name, query, includePrivate));
    }

    void rename(long id, String name) {
        change(() -> {
            search.renameSavedSearch(id, name);
            return null;
        });
    }

    void delete(long id) {
        change(() -> {
            search.deleteSavedSearch(id);
            return null;
        });
    }

    private void change(Callable<?> change) {
        tasks.run(() -> {
            change.call();
            return search.savedSearches();
        }, changed, failed);
    }
}
