package org.goldseam.app.workspace;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.framework.TaxonomyService;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.TaxonomyEntry;
import org.jspecify.annotations.Nullable;

/**
 * The taxonomy editor: the vocabulary by category, and the clinician's changes to it. Refusals
 * (deleting a built-in or used entry, an empty label) come back as the service's own sentence.
 */
public final class TaxonomyEditorPresenter extends ObservableState<TaxonomyEditorPresenter.Property> {
    public enum Property { STATE, ENTRIES, CATEGORY, MESSAGE, CHANGED_KEY }

    private final TaxonomyService taxonomy;
    private final org.goldseam.app.services.TaxonomyAdministration admin;
    private final java.util.function.Supplier<String> actor;
    private final BackgroundTasks tasks;
    private LoadState state = LoadState.EMPTY;
    private List<TaxonomyEntry> all = List.of();
    private List<TaxonomyEntry> entries = List.of();
    private Category category = Category.TRIGGER;
    private @Nullable String message;
    private @Nullable String changedKey;
    private Runnable changeListener = () -> { };

    public TaxonomyEditorPresenter(VaultServices services, BackgroundTasks tasks) {
        this.taxonomy = services.framework().taxonomy();
        this.admin = services.taxonomy();
        this.actor = services.actor();
        this.tasks = Objects.requireNonNull(tasks);
    }

    /** Told after every stored change, so open notes and tabs can reload their labels. */
    public void onChanged(Runnable listener) {
        this.changeListener = Objects.requireNonNull(listener);
    }

    public void load() {
        run(() -> null, false);
    }

    public LoadState state() {
        return state;
    }

    /** The entries of the chosen category, in the taxonomy's order. */
    public List<TaxonomyEntry> entries() {
        return entries;
    }

    public Category category() {
        return category;
    }

    public @Nullable String message() {
        return message;
    }

    /** The key of the entry changed last, for the view to keep it selected. */
    public @Nullable String changedKey() {
        return changedKey;
    }

    public void setCategory(Category newCategory) {
        Objects.requireNonNull(newCategory);
        Category old = category;
        category = newCategory;
        fire(Property.CATEGORY, old, newCategory);
        setEntries(filter(all));
    }

    public void add(Category entryCategory, String label, String description) {
        setCategory(entryCategory);
        run(() -> admin.addCustom(actor.get(), entryCategory, label, description).key(), true);
    }

    public void relabel(String key, String label) {
        run(() -> admin.relabel(actor.get(), key, label).key(), true);
    }

    public void describe(String key, String description) {
        run(() -> admin.describe(actor.get(), key, description).key(), true);
    }

    public void setActive(String key, boolean active) {
        run(() -> admin.setActive(actor.get(), key, active).key(), true);
    }

    public void delete(String key) {
        run(() -> {
            admin.delete(actor.get(), key);
            return null;
        }, true);
    }

    /** Drops what was read, e.g. when the vault locks. */
    public void clear() {
        all = List.of();
        setEntries(List.of());
        setMessage(null);
        setState(LoadState.EMPTY);
    }

    public void dismissMessage() {
        setMessage(null);
    }

    private record Result(String key, List<TaxonomyEntry> entries) {
    }

    /** Runs the change (if any) and reads every entry again, all on the vault worker. */
    private void run(Callable<String> change, boolean isChange) {
        setState(LoadState.LOADING);
        tasks.run(() -> {
            String key = change.call();
            return new Result(key, taxonomy.all());
        }, result -> {
            all = result.entries();
            String oldKey = changedKey;
            changedKey = result.key();
            setEntries(filter(all));
            fire(Property.CHANGED_KEY, oldKey, changedKey);
            setMessage(null);
            setState(LoadState.READY);
            if (isChange) {
                changeListener.run();
            }
        }, failure -> {
            setMessage(Problems.describe(failure));
            setState(all.isEmpty() ? LoadState.FAILED : LoadState.READY);
        });
    }

    private List<TaxonomyEntry> filter(List<TaxonomyEntry> source) {
        return source.stream().filter(e -> e.category() == category).toList();
    }

    private void setEntries(List<TaxonomyEntry> newEntries) {
        List<TaxonomyEntry> old = entries;
        entries = List.copyOf(newEntries);
        fire(Property.ENTRIES, old, entries);
    }

    private void setState(LoadState newState) {
        LoadState old = state;
        state = newState;
        fire(Property.STATE, old, newState);
    }

    private void setMessage(@Nullable String newMessage) {
        String old = message;
        message = newMessage;
        fire(Property.MESSAGE, old, newMessage);
    }
}
