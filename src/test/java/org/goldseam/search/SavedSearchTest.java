package org.goldseam.search;

import org.goldseam.search.model.SavedSearch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved searches live in the vault: named, replaced by name, renamed, deleted, and still there after reopening. */
class SavedSearchTest {
    @TempDir
    Path dir;

    @Test
    void savedSearchesSurviveClosingTheVault() {
        Path folder = dir.resolve("vault");
        try (Vault vault = TestVaults.create(folder); SearchService search = SearchService.open(vault, TestVaults.CLOCK)) {
            search.saveSearch("  Fraud, recent ", "theme:core_belief.fraud min:3 last:5", false);
            search.saveSearch("Exams, incl. private", "exam* \"not enough\"", true);
        }
        try (Vault vault = TestVaults.open(folder); SearchService search = SearchService.open(vault, TestVaults.CLOCK)) {
            assertThat(search.savedSearches()).extracting(SavedSearch::name, SavedSearch::query, SavedSearch::includePrivate)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Exams, incl. private", "exam* \"not enough\"", true),
                            org.assertj.core.groups.Tuple.tuple("Fraud, recent", "theme:core_belief.fraud min:3 last:5", false));
        }
    }

    @Test
    void sameNameReplacesRenameRefusesATakenNameAndDeleteRemoves() {
        try (Vault vault = TestVaults.create(dir.resolve("vault")); SearchService search = SearchService.open(vault, TestVaults.CLOCK)) {
            SavedSearch first = search.saveSearch("Control", "theme:defense.control", false);
            SavedSearch again = search.saveSearch("Control", "theme:defense.control min:2", false);
            assertThat(again.id()).isEqualTo(first.id());
            assertThat(search.savedSearches()).extracting(SavedSearch::query).containsExactly("theme:defense.control min:2");

            SavedSearch other = search.saveSearch("Anxiety", "theme:cost.anxiety", false);
            assertThatThrownBy(() -> search.renameSavedSearch(other.id(), "Control"))
                    .isInstanceOf(SearchException.class).hasMessageContaining("already a saved search called \"Control\"");
            search.renameSavedSearch(other.id(), "Anxiety, all clients");
            search.deleteSavedSearch(first.id());
            assertThat(search.savedSearches()).extracting(SavedSearch::name).containsExactly("Anxiety, all clients");
        }
    }

    @Test
    void aSearchThatCannotBeReadOrHasNoNameIsNotSaved() {
        try (Vault vault = TestVaults.create(dir.resolve("vault")); SearchService search = SearchService.open(vault, TestVaults.CLOCK)) {
            assertThatThrownBy(() -> search.saveSearch("Broken", "theme:core_belief.fraud min:none", false))
                    .isInstanceOf(SearchException.class).hasMessageContaining("min: takes a whole number");
            assertThatThrownBy(() -> search.saveSearch("   ", "exam", false))
                    .isInstanceOf(SearchException.class).hasMessageContaining("needs a name");
            assertThat(search.savedSearches()).isEmpty();
        }
    }
}
