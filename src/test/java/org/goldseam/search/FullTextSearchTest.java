package org.goldseam.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.goldseam.framework.persistence.wiring.FrameworkWiring;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.notes.AddendumKind;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.Modality;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.NoteSectionText;
import org.goldseam.notes.Section;
import org.goldseam.notes.SessionType;
import org.goldseam.notes.ThemeObservation;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.search.text.Snippet;
import org.goldseam.search.text.TextSource;
import org.goldseam.testing.TaxonomyFixtures;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Words, prefixes, phrases, stems and other scripts in the in-memory index, kept current and never on disk. */
class FullTextSearchTest {
    @TempDir
    Path dir;
    Vault vault;
    SessionNoteRepository notes;
    ClientRepository clients;
    SearchService search;
    long ada;
    long li;
    long adaNote;

    @BeforeEach
    void writeNotes() {
        vault = TestVaults.create(dir.resolve("vault"));
        notes = new SessionNoteRepository(vault.database().dsl(), TestVaults.CLOCK);
        clients = new ClientRepository(vault.database().dsl(), TestVaults.CLOCK);
        ada = client("Ada Quillfeather");
        li = client("李静 Pereira");
        long fraud = TaxonomyFixtures.entry(vault.database().dsl(), "core_belief", "core_belief.fraud");
        adaNote = notes.createDraft(ada, note("2026-03-02T15:00:00Z",
                "Spoke at length about her perfectionism at work; every slide was redone twice.",
                "Private: I noticed my own impatience with the pace today.",
                List.of(new ThemeObservation(fraud, 7, "Everyone will see I'm never good enough.", null))));
        long signed = notes.createDraft(ada, note("2026-03-09T15:00:00Z",
                "Exam season again; she compared herself with classmates all week.", null, List.of()));
        notes.sign(signed, "Dr Test", OffsetDateTime.parse("2026-03-09T18:00:00Z").toInstant());
        notes.addAddendum(signed, AddendumKind.LATE_ENTRY, "Dr Test", "Late entry: she also mentioned the examiner's tone.",
                OffsetDateTime.parse("2026-03-10T09:00:00Z").toInstant());
        long liNote = notes.createDraft(li, note("2026-03-04T10:00:00Z",
                "来访者说她有完美主义，总觉得自己不够好。Η ντροπή επέστρεψε. Стыд вернулся после экзамена.", null, List.of()));
        FrameworkWiring.of(vault, TestVaults.CLOCK).innerCritic().recordHearing(li, liNote, "You always ruin everything");
        search = SearchService.open(vault, TestVaults.CLOCK);
        search.buildIndex(status -> { });
    }

    @AfterEach
    void close() {
        search.close();
        vault.close();
    }

    private long client(String name) {
        return clients.insert(new ClientDetails(name, null, null, null, null, null, null, null, null, null, null,
                LocalDate.of(2026, 1, 5)));
    }

    private static NoteContent note(String start, String body, String privateNotes, List<ThemeObservation> observations) {
        return new NoteContent(OffsetDateTime.parse(start), 50, SessionType.INDIVIDUAL, Modality.IN_PERSON,
                Attendance.ATTENDED, NoteFormat.FREE, "Session", List.of(new NoteSectionText(Section.BODY, body)),
                privateNotes, observations, List.of(), List.of());
    }

    private List<ClientMatch> find(String query, boolean includePrivate) {
        SearchOutcome outcome = search.search(query, includePrivate);
        assertThat(outcome).as(query).isInstanceOf(SearchOutcome.Found.class);
        return ((SearchOutcome.Found) outcome).result().clients();
    }

    private List<Long> clientsFor(String query) {
        return find(query, false).stream().map(ClientMatch::clientId).toList();
    }

    private List<String> marked(String query, boolean includePrivate) {
        return find(query, includePrivate).stream().flatMap(m -> m.textMatches().stream())
                .flatMap(t -> t.snippets().stream()).map(s -> s.marked("[", "]")).toList();
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        assertThat(clientsFor("perfectionist")).containsExactly(ada);
        assertThat(clientsFor("perfectionistic")).containsExactly(ada);
        assertThat(clientsFor("comparing")).containsExactly(ada);
        assertThat(marked("perfectionists", false)).containsExactly(
                "Spoke at length about her [perfectionism] at work; every slide was redone twice.");
    }

    @Test
    void prefixesMatchTheStartOfWholeWords() {
        assertThat(clientsFor("perfectionis*")).containsExactly(ada);
        assertThat(clientsFor("exam*")).containsExactly(ada);
        assertThat(marked("exam*", false)).anyMatch(s -> s.contains("[Exam] season"))
                .anyMatch(s -> s.contains("the [examiner's] tone"));
        assertThat(clientsFor("xam*")).isEmpty();
    }

    @Test
    void phrasesNeedTheirWordsTogetherAndInOrder() {
        assertThat(clientsFor("\"never good enough\"")).containsExactly(ada);
        assertThat(clientsFor("\"good never enough\"")).isEmpty();
        // the quote says "I'm": contractions are spelled out on both sides
        assertThat(clientsFor("\"I am never good enough\"")).containsExactly(ada);
        assertThat(marked("\"never good enough\"", false)).containsExactly("Everyone will see I'm [never good enough].");
    }

    @Test
    void everyWordMustOccurInTheSameNote() {
        assertThat(clientsFor("exam perfectionism")).isEmpty();
        assertThat(clientsFor("exam classmates")).containsExactly(ada);
    }

    @Test
    void nonLatinScriptsAreSearchable() {
        assertThat(clientsFor("完美主义")).containsExactly(li);
        assertThat(clientsFor("不够好")).containsExactly(li);
        assertThat(clientsFor("完主")).isEmpty();
        assertThat(clientsFor("ντροπή")).containsExactly(li);
        assertThat(clientsFor("экзамена")).containsExactly(li);
        assertThat(marked("完美主义", false)).containsExactly("来访者说她有[完美主义]，总觉得自己不够好。");
    }

    @Test
    void addendaQuotesAndInnerCriticLinesAreSearchedWithTheirSource() {
        List<Snippet> snippets = find("examiner", false).get(0).textMatches().get(0).snippets();
        assertThat(snippets).extracting(Snippet::source).containsExactly(TextSource.ADDENDUM);
        assertThat(find("ruin", false).get(0).textMatches().get(0).snippets()).extracting(Snippet::source)
                .containsExactly(TextSource.INNER_CRITIC);
        assertThat(find("\"good enough\"", false).get(0).textMatches().get(0).snippets()).extracting(Snippet::source)
                .containsExactly(TextSource.QUOTE);
    }

    @Test
    void privateNotesAreSearchedOnlyWhenIncluded() {
        assertThat(clientsFor("impatience")).isEmpty();
        List<ClientMatch> withPrivate = find("impatience", true);
        assertThat(withPrivate).extracting(ClientMatch::clientId).containsExactly(ada);
        assertThat(withPrivate.get(0).textMatches().get(0).snippets()).extracting(Snippet::source)
                .containsExactly(TextSource.PRIVATE);
        // a note found through its other text never shows a private passage unless asked
        assertThat(find("perfectionism", false).get(0).textMatches().get(0).snippets())
                .noneMatch(s -> s.source() == TextSource.PRIVATE || s.text().contains("impatience"));
        assertThat(find("noticed", false)).isEmpty();
    }

    @Test
    void aSaveIsSearchableAtOnceAndDeletesDisappearAtOnce() {
        assertThat(clientsFor("kintsugi")).isEmpty();
        notes.saveDraft(adaNote, note("2026-03-02T15:00:00Z", "She brought a kintsugi bowl as a metaphor.", null, List.of()));
        search.onNoteSaved(adaNote);
        assertThat(clientsFor("kintsugi")).containsExactly(ada);
        assertThat(clientsFor("perfectionism")).isEmpty();

        long fresh = notes.createDraft(li, note("2026-04-01T10:00:00Z", "Talked about kintsugi too.", null, List.of()));
        search.onNoteSaved(fresh);
        assertThat(clientsFor("kintsugi")).containsExactlyInAnyOrder(ada, li);

        clients.delete(li);
        search.onClientDeleted(li);
        assertThat(clientsFor("kintsugi")).containsExactly(ada);
    }

    @Test
    void theWindowAndStatusApplyToWords() {
        assertThat(clientsFor("exam from:2026-03-05")).containsExactly(ada);
        assertThat(clientsFor("perfectionism from:2026-03-05")).isEmpty();
        assertThat(clientsFor("perfectionism last:1")).isEmpty();
        assertThat(clientsFor("perfectionism last:2")).containsExactly(ada);
        assertThat(clientsFor("perfectionism status:paused")).isEmpty();
    }

    @Test
    void themesAndWordsTogetherKeepClientsThatHaveBoth() {
        assertThat(clientsFor("theme:core_belief.fraud perfectionism")).containsExactly(ada);
        assertThat(clientsFor("theme:core_belief.fraud 完美主义")).isEmpty();
        ClientMatch both = find("theme:core_belief.fraud exam", false).get(0);
        assertThat(both.themeCounts()).containsEntry("core_belief.fraud", 1);
        assertThat(both.textMatches()).hasSize(1);
    }

    @Test
    void aSearchWithWordsWaitsForTheIndexButThemesDoNot() {
        try (SearchService fresh = SearchService.open(vault, TestVaults.CLOCK)) {
            assertThat(fresh.search("exam", false)).isInstanceOf(SearchOutcome.IndexNotReady.class);
            assertThat(fresh.search("theme:core_belief.fraud", false)).isInstanceOf(SearchOutcome.Found.class);
            List<IndexStatus> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                var waiting = fresh.searchWhenReady("exam", false);
                fresh.startIndexing(executor, progress::add).join();
                assertThat(waiting.join()).isInstanceOf(SearchOutcome.Found.class);
            } finally {
                executor.shutdown();
            }
            assertThat(progress).last().extracting(IndexStatus::state).isEqualTo(IndexStatus.State.READY);
            assertThat(fresh.indexStatus().done()).isEqualTo(3);
        }
    }

    @Test
    void indexingWritesNoFileToTheVaultFolderOrTheTemporaryFolder() {
        Path temp = Paths.get(System.getProperty("java.io.tmpdir"));
        Set<String> vaultBefore = listing(dir.resolve("vault"));
        Set<String> tempBefore = listing(temp);
        try (SearchService another = SearchService.open(vault, TestVaults.CLOCK)) {
            another.buildIndex(status -> { });
            for (int i = 0; i < 40; i++) {
                long id = notes.createDraft(ada, note("2026-05-0" + (1 + i % 9) + "T0" + (i % 10) + ":00:00Z",
                        "Note number " + i + " about perfectionism and exams.", "private " + i, List.of()));
                another.onNoteSaved(id);
            }
            assertThat(another.search("perfectionism", true)).isInstanceOf(SearchOutcome.Found.class);
            assertThat(listing(dir.resolve("vault"))).isEqualTo(vaultBefore);
            assertThat(newLuceneFiles(tempBefore, listing(temp))).isEmpty();
        }
    }

    /** Files in {@code temp} that appeared since {@code before} and look like Lucene's (other tests may write their own). */
    private static Set<String> newLuceneFiles(Set<String> before, Set<String> after) {
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        added.removeIf(name -> !(name.contains("lucene") || name.matches(".*\\.(si|cfs|cfe|fdt|fdx|tim|tip|doc|pos|nvd|dvd|tmp)$")
                || name.startsWith("_")));
        return added;
    }

    private static Set<String> listing(Path folder) {
        try (Stream<Path> files = Files.walk(folder, 2)) {
            Set<String> names = new TreeSet<>();
            files.forEach(p -> names.add(folder.relativize(p).toString()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
