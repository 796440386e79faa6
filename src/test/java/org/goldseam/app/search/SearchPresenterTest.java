package org.goldseam.app.search;

import org.goldseam.testing.FakeScheduler;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.app.search.SearchState;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.workspace.DemoWorkspace;
import org.goldseam.clients.ClientStatus;
import org.goldseam.search.ClientMatch;
import org.goldseam.search.IndexStatus;
import org.goldseam.search.model.SavedSearch;
import org.goldseam.search.SearchService;
import org.goldseam.search.TextMatch;
import org.goldseam.search.query.TextTerm;
import org.goldseam.search.query.ThemeMode;
import org.goldseam.search.query.TrendFilter;
import org.goldseam.search.text.TextSource;
import org.goldseam.testing.TestVaults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search window's state on the shared demo caseload (seed 5), with every task run in line. */
class SearchPresenterTest {
    static DemoWorkspace demo;
    static SearchService indexed;
    FakeScheduler scheduler;
    SearchPresenter presenter;

    @BeforeAll
    static void openDemo() throws Exception {
        demo = DemoWorkspace.shared();
        indexed = SearchService.open(demo.services().vault(), TestVaults.CLOCK);
        indexed.buildIndex(status -> { });
    }

    @AfterAll
    static void closeIndex() {
        indexed.close();
    }

    @BeforeEach
    void open() {
        scheduler = new FakeScheduler();
        presenter = presenterOn(indexed);
    }

    private SearchPresenter presenterOn(SearchService search) {
        SearchPresenter created = new SearchPresenter(search, demo.services().framework().taxonomy(),
                BackgroundTasks.synchronous(), scheduler);
        created.open();
        return created;
    }

    private void type(String text) {
        presenter.setQueryText(text);
        scheduler.advance(SearchPresenter.TYPING_DELAY);
    }

    @Test
    void typingFillsTheFormAndSearchesOnlyAfterAPause() {
        presenter.setQueryText("theme:core_belief.fraud min:3 last:5 status:active,discharged");

        SearchForm form = presenter.form();
        assertThat(form.themes()).containsExactly("core_belief.fraud");
        assertThat(form.minSessions()).isEqualTo(3);
        assertThat(form.lastSessions()).isEqualTo(5);
        assertThat(form.statuses()).containsExactly(ClientStatus.ACTIVE, ClientStatus.DISCHARGED);
        assertThat(presenter.state()).isEqualTo(SearchState.IDLE);
        assertThat(presenter.result()).isNull();

        scheduler.advance(SearchPresenter.TYPING_DELAY.minusMillis(1));
        assertThat(presenter.result()).isNull();
        scheduler.advance(Duration.ofMillis(1));
        assertThat(presenter.state()).isEqualTo(SearchState.RESULTS);
        // the caseload has two such clients: one active, one discharged, both rising
        assertThat(presenter.result().clients()).extracting(ClientMatch::clientName).containsExactly("Björn Dvořák", "张伟");
    }

    @Test
    void editingTheFormRewritesTheTextAndKeepsTheWords() {
        presenter.setQueryText("theme:core_belief.fraud \"not enough\" exam*");

        presenter.updateForm(f -> f.toggleTheme("defense.control").withMode(ThemeMode.ALL).withMinSessions(2)
                .withDates(LocalDate.of(2026, 1, 1), null).withMinIntensity(4).withTrend(TrendFilter.RISING));

        assertThat(presenter.queryText()).isEqualTo(
                "all:core_belief.fraud,defense.control min:2 from:2026-01-01 intensity:4 trend:rising \"not enough\" exam*");
        assertThat(presenter.form().terms()).containsExactly(TextTerm.phrase("not enough"), TextTerm.prefix("exam"));

        presenter.updateForm(f -> f.toggleTheme("core_belief.fraud").withMode(ThemeMode.ANY));
        assertThat(presenter.queryText()).isEqualTo("theme:defense.control min:2 from:2026-01-01 intensity:4 trend:rising"
                + " \"not enough\" exam*");
    }

    @Test
    void aHalfFilledFormSaysWhatIsMissingAndLeavesTheTextAlone() {
        presenter.updateForm(f -> f.withMinSessions(3));

        assertThat(presenter.state()).isEqualTo(SearchState.INVALID);
        assertThat(presenter.problem().pointsAtText()).isFalse();
        assertThat(presenter.problem().message()).contains("add one");
        assertThat(presenter.queryText()).isEmpty();

        presenter.updateForm(f -> f.toggleTheme("defense.control"));
        assertThat(presenter.queryText()).isEqualTo("theme:defense.control min:3");
        assertThat(presenter.problem()).isNull();
        scheduler.advance(SearchPresenter.TYPING_DELAY);
        assertThat(presenter.state()).isEqualTo(SearchState.RESULTS);
        assertThat(presenter.result().clients()).extracting(ClientMatch::clientName).containsExactly("Björn Dvořák");
    }

    @Test
    void anUnreadableQueryPointsAtTheProblemAndKeepsTheFormAsItWas() {
        presenter.setQueryText("theme:core_belief.fraud min:3");
        SearchForm before = presenter.form();

        presenter.setQueryText("theme:core_belief.fraud min:lots");

        assertThat(presenter.state()).isEqualTo(SearchState.INVALID);
        assertThat(presenter.problem().message()).startsWith("min: takes a whole number from 1 to 1000");
        assertThat(presenter.problem().position()).isEqualTo("theme:core_belief.fraud min:".length());
        assertThat(presenter.form()).isEqualTo(before);
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(presenter.result()).isNull();
        assertThat(scheduler.waiting()).isZero();
    }

    @Test
    void anUnknownThemeIsNamedWithTheClosestKey() {
        type("theme:core_belief.frud min:2");

        assertThat(presenter.state()).isEqualTo(SearchState.INVALID);
        assertThat(presenter.problem().message()).contains("There is no theme core_belief.frud", "Did you mean core_belief.fraud?");
        assertThat(presenter.problem().position()).isEqualTo("theme:".length());
    }

    @Test
    void aRowWithoutPassagesGetsThemWhenShownAndTheSameAsTheSearchMakes() {
        presenter.setIncludePrivate(true);
        type("exam*");
        ClientMatch shown = presenter.result().clients().get(0);
        assertThat(shown.textMatches().get(0).snippets()).isNotEmpty();
        // as a row past the first page arrives: its notes listed, their passages not made yet
        ClientMatch bare = new ClientMatch(shown.clientId(), shown.clientName(), shown.status(), shown.matchingSessions(),
                shown.matchingNoteIds(), shown.themeCounts(), shown.firstOccurrence(), shown.lastOccurrence(),
                shown.meanIntensity(), shown.trendSlope(), shown.trend(), shown.trendMeaning(), shown.sparkline(),
                shown.textMatches().stream().map(t -> new TextMatch(t.noteId(), t.startsAt(), t.score(), List.of())).toList(),
                shown.textScore());

        assertThat(presenter.withPassages(bare)).usingRecursiveComparison().isEqualTo(shown);
        assertThat(presenter.withPassages(shown)).isSameAs(shown);
    }

    @Test
    void privateNotesAreSearchedOnlyWithTheSwitchOn() {
        assertThat(presenter.includePrivate()).isFalse();
        type("countertransference");
        assertThat(presenter.state()).isEqualTo(SearchState.RESULTS);
        assertThat(presenter.result().clients()).isEmpty();

        presenter.setIncludePrivate(true);

        assertThat(presenter.result().includePrivate()).isTrue();
        assertThat(presenter.result().clients()).isNotEmpty().allSatisfy(match -> assertThat(match.textMatches())
                .flatExtracting(t -> t.snippets()).extracting(s -> s.source()).contains(TextSource.PRIVATE));

        presenter.setIncludePrivate(false);
        assertThat(presenter.result().clients()).isEmpty();
    }

    @Test
    void eachSearchOfThePrivateNotesIsAuditedAndNoOtherSearchIs() {
        org.goldseam.app.services.VaultAccess access = new org.goldseam.app.services.VaultAccess(demo.services().vault(), TestVaults.CLOCK);
        presenter.onPrivateNotesRead(() -> access.privateNotesRead("Dr Ada Imaginary", "search window"));
        org.goldseam.audit.AuditFilter privateReads = new org.goldseam.audit.AuditFilter(null, null,
                org.goldseam.audit.AuditAction.PRIVATE_NOTES_SEARCHED, null, null);
        int before = demo.services().audit().list(privateReads).size();

        type("countertransference");
        assertThat(demo.services().audit().list(privateReads)).hasSize(before);

        presenter.setIncludePrivate(true);
        assertThat(presenter.result().includePrivate()).isTrue();
        assertThat(demo.services().audit().list(privateReads)).hasSize(before + 1)
                .last().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("Dr Ada Imaginary");
                    assertThat(e.detail()).isEqualTo("search window");
                });
    }

    @Test
    void savedSearchesAreSavedRenamedRunAndDeleted() {
        presenter.setQueryText("theme:core_belief.fraud min:3 last:5");
        presenter.setIncludePrivate(true);
        presenter.saveAs("  Fraud, recent  ");
        SavedSearch saved = find("Fraud, recent");
        assertThat(saved.query()).isEqualTo("theme:core_belief.fraud min:3 last:5");
        assertThat(saved.includePrivate()).isTrue();

        presenter.rename(saved.id(), "Fraud in the last five");
        assertThat(presenter.savedSearches()).extracting(SavedSearch::name).contains("Fraud in the last five")
                .doesNotContain("Fraud, recent");

        presenter.saveAs("Control");
        presenter.rename(find("Control").id(), "Fraud in the last five");
        assertThat(presenter.message()).isEqualTo("There is already a saved search called \"Fraud in the last five\".");

        SearchPresenter fresh = presenterOn(indexed);
        fresh.run(find(fresh, "Fraud in the last five"));
        assertThat(fresh.queryText()).isEqualTo("theme:core_belief.fraud min:3 last:5");
        assertThat(fresh.includePrivate()).isTrue();
        assertThat(fresh.state()).isEqualTo(SearchState.RESULTS);
        assertThat(fresh.result().clients()).hasSize(2);

        presenter.delete(find("Fraud in the last five").id());
        presenter.delete(find("Control").id());
        assertThat(presenter.savedSearches()).extracting(SavedSearch::name)
                .doesNotContain("Fraud in the last five", "Control");
    }

    @Test
    void anUnreadableSearchIsNotSaved() {
        presenter.setQueryText("min:");
        int before = presenter.savedSearches().size();
        presenter.saveAs("Broken");
        assertThat(presenter.message()).startsWith("This search cannot be saved as written: min: needs a value");
        assertThat(presenter.savedSearches()).hasSize(before);
    }

    @Test
    void wordsWaitForTheIndexShowingProgressAndRunByThemselvesWhenItIsReady() {
        try (SearchService fresh = SearchService.open(demo.services().vault(), TestVaults.CLOCK)) {
            presenter = presenterOn(fresh);
            type("\"nothing short of flawless\"");
            assertThat(presenter.state()).isEqualTo(SearchState.INDEXING);
            assertThat(presenter.indexStatus().state()).isEqualTo(IndexStatus.State.NOT_STARTED);

            // the build reports after each batch; time moves on inside it, as it would on the event thread
            List<SearchState> statesSeen = new ArrayList<>();
            List<IndexStatus> progressSeen = new ArrayList<>();
            fresh.buildIndex(status -> {
                scheduler.advance(SearchPresenter.INDEX_POLL);
                statesSeen.add(presenter.state());
                progressSeen.add(presenter.indexStatus());
            });
            assertThat(progressSeen.get(0).state()).isEqualTo(IndexStatus.State.BUILDING);
            assertThat(progressSeen.get(0).fraction()).isStrictlyBetween(0.0, 1.0);
            assertThat(statesSeen.get(0)).isEqualTo(SearchState.INDEXING);

            scheduler.advance(SearchPresenter.INDEX_POLL);
            assertThat(presenter.state()).isEqualTo(SearchState.RESULTS);
            assertThat(presenter.indexStatus().ready()).isTrue();
            assertThat(presenter.result().clients()).isNotEmpty();
        }
    }

    @Test
    void themeSearchesDoNotWaitForTheIndex() {
        try (SearchService fresh = SearchService.open(demo.services().vault(), TestVaults.CLOCK)) {
            presenter = presenterOn(fresh);
            type("theme:defense.control");
            assertThat(presenter.state()).isEqualTo(SearchState.RESULTS);
            assertThat(presenter.result().clients()).isNotEmpty();
        }
    }

    @Test
    void theChooserFiltersThemesAsTheClinicianTypes() {
        assertThat(presenter.themesMatching("")).hasSizeGreaterThan(20);
        assertThat(presenter.themesMatching("fraud")).extracting(e -> e.key()).contains("core_belief.fraud");
        assertThat(presenter.themesMatching("fraud")).allSatisfy(e -> assertThat(e.label() + e.key()).containsIgnoringCase("fraud"));
        assertThat(presenter.themeLabel("core_belief.fraud")).isNotEqualTo("core_belief.fraud");
    }

    @Test
    void clearingForgetsEverything() {
        type("theme:core_belief.fraud min:3 last:5");
        presenter.saveAs("Kept in the vault");
        presenter.setQueryText("theme:defense.control");

        presenter.clear();
        scheduler.advance(Duration.ofSeconds(5));

        assertThat(presenter.result()).isNull();
        assertThat(presenter.queryText()).isEmpty();
        assertThat(presenter.form()).isEqualTo(SearchForm.EMPTY);
        assertThat(presenter.savedSearches()).isEmpty();
        assertThat(presenter.themesMatching("")).isEmpty();
        assertThat(presenter.state()).isEqualTo(SearchState.IDLE);
        indexed.savedSearches().stream().filter(s -> s.name().equals("Kept in the vault"))
                .forEach(s -> indexed.deleteSavedSearch(s.id()));
    }

    @Test
    void emptyingTheBoxEmptiesTheFormAndTheResults() {
        type("theme:defense.control");
        assertThat(presenter.result()).isNotNull();
        presenter.setQueryText("  ");
        assertThat(presenter.form()).isEqualTo(SearchForm.EMPTY);
        assertThat(presenter.result()).isNull();
        assertThat(presenter.state()).isEqualTo(SearchState.IDLE);
    }

    private SavedSearch find(String name) {
        return find(presenter, name);
    }

    private static SavedSearch find(SearchPresenter on, String name) {
        return on.savedSearches().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
