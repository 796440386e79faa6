package org.goldseam.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.Modality;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.NoteSectionText;
import org.goldseam.notes.Section;
import org.goldseam.notes.SessionType;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.search.text.Highlight;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search's words found again in a note's text: the same words the result list marks, at the right offsets. */
class MatchedWordsTest {
    @TempDir
    Path dir;

    private static List<String> marked(String query, String text) {
        return MatchedWords.of(query).in(text).stream().map(h -> text.substring(h.start(), h.end())).toList();
    }

    @Test
    void aWordIsFoundInItsOtherFormsAsTheAnalyzerStemsThem() {
        String text = "Perfectionism at work. She calls herself a perfectionist; perfectionists' habits, perfect slides.";
        // "-ist" is brought to "-ism" before stemming; "perfect" has a stem of its own and is not marked
        assertThat(marked("perfectionist", text))
                .containsExactly("Perfectionism", "perfectionist", "perfectionists");
        assertThat(marked("perfectionism", text)).isEqualTo(marked("perfectionist", text));
    }

    @Test
    void rangesCountTheTextsOwnCharactersWhateverTheScript() {
        String text = "Zoë 🙂 Łukasz-Ørsted, 李静: 完美主义 again; perfectionism and naïve hopes.";
        List<Highlight> found = MatchedWords.of("perfectionist naive 完美").in(text);
        assertThat(found).extracting(h -> text.substring(h.start(), h.end()))
                .containsExactly("完美", "perfectionism", "naïve");
        // the emoji is two chars and the accents one each: offsets are plain String indexes
        assertThat(found.get(1).start()).isEqualTo(text.indexOf("perfectionism"));
        assertThat(found.get(2).start()).isEqualTo(text.indexOf("naïve"));
    }

    @Test
    void phrasesPrefixesAndContractionsMarkWhatWasWritten() {
        String text = "She said she isn't good enough. Examinations, the examiner, an exam.";
        assertThat(marked("\"not good enough\"", text)).containsExactly("isn't good enough");
        assertThat(marked("exam*", text)).containsExactly("Examinations", "examiner", "exam");
    }

    @Test
    void aSearchWithoutWordsOrWithoutHitsMarksNothing() {
        String text = "Perfectionism at work.";
        assertThat(marked("shame", text)).isEmpty();
        assertThat(MatchedWords.of("theme:core_belief.fraud").isEmpty()).isTrue();
        assertThat(marked("theme:core_belief.fraud", text)).isEmpty();
        assertThat(MatchedWords.of("min:").isEmpty()).isTrue();
        assertThat(MatchedWords.of((SearchResult) null).isEmpty()).isTrue();
        assertThat(MatchedWords.of("theme:core_belief.fraud perfectionist").in(text)).hasSize(1);
    }

    @Test
    void theNoteMarksTheWordsTheResultListMarked() {
        String body = "Zoë described her perfectionism: every slide redone. The perfectionist in her never rests.";
        try (Vault vault = TestVaults.create(dir.resolve("vault"))) {
            long client = new ClientRepository(vault.database().dsl(), TestVaults.CLOCK).insert(
                    ClientDetails.of("Zoë Łukasz-Ørsted", LocalDate.of(2026, 1, 5)));
            new SessionNoteRepository(vault.database().dsl(), TestVaults.CLOCK).createDraft(client, new NoteContent(
                    OffsetDateTime.parse("2026-03-02T15:00:00Z"), 50, SessionType.INDIVIDUAL, Modality.IN_PERSON,
                    Attendance.ATTENDED, NoteFormat.FREE, null, List.of(new NoteSectionText(Section.BODY, body)), null,
                    List.of(), List.of(), List.of()));
            try (SearchService search = SearchService.open(vault, TestVaults.CLOCK)) {
                search.buildIndex(status -> { });
                SearchResult result = ((SearchOutcome.Found) search.search("perfectionists", false)).result();
                var snippet = result.clients().get(0).textMatches().get(0).snippets().get(0);
                List<String> listed = snippet.highlights().stream()
                        .map(h -> snippet.text().substring(h.start(), h.end())).toList();

                List<String> inNote = MatchedWords.of(result).in(body).stream()
                        .map(h -> body.substring(h.start(), h.end())).toList();

                assertThat(listed).isNotEmpty();
                assertThat(inNote).containsExactly("perfectionism", "perfectionist");
                assertThat(inNote).containsAll(listed);
            }
        }
    }
}
