package org.goldseam.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.clients.ClientDetails;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.Section;
import org.goldseam.search.MatchedWords;
import org.goldseam.search.text.Highlight;
import org.goldseam.testing.FakeScheduler;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note opened from a search shows where the search's words are, and stops as soon as the clinician writes. */
class NoteHighlightsTest {
    private static final OffsetDateTime SESSION = OffsetDateTime.of(2026, 11, 19, 15, 0, 0, 0, ZoneOffset.UTC);
    private static final String DATA = "Zoë (李) said: \u201cI'm a perfectionist, Łukasz says so too.\u201d";
    private static final String ASSESSMENT = "Perfectionism keeps the shame away; perfect grades were not enough.";

    @TempDir
    Path dir;
    private Vault vault;
    private final FakeScheduler timer = new FakeScheduler();
    private NoteEditorPresenter editor;
    private long clientId;
    private long matched;
    private long other;
    private int announced;

    @BeforeEach
    void writeTwoNotes() {
        vault = TestVaults.create(dir.resolve("vault"));
        VaultServices services = VaultServices.of(vault, TestVaults.CLOCK);
        clientId = services.clients().create("Dr Imaginary", ClientDetails.of("Zoë Łukasz-Ørsted", SESSION.toLocalDate()));
        editor = new NoteEditorPresenter(services, BackgroundTasks.synchronous(), timer, () -> "Dr Imaginary, LCSW", () -> { });
        other = created(NoteContents.withSection(NoteContents.blank(SESSION.minusDays(7), NoteFormat.DAP), Section.DATA,
                "Talked about the move; perfectionism did not come up."));
        NoteContent note = NoteContents.blank(SESSION, NoteFormat.DAP);
        note = NoteContents.withSection(note, Section.DATA, DATA);
        note = NoteContents.withSection(note, Section.ASSESSMENT, ASSESSMENT);
        matched = created(note);
        editor.addListener(NoteEditorPresenter.Property.HIGHLIGHTS, e -> announced++);
    }

    private long created(NoteContent content) {
        editor.create(clientId, content);
        return editor.note().id();
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private static Highlight at(String text, String word) {
        int start = text.indexOf(word);
        assertThat(start).as(word).isNotNegative();
        return new Highlight(start, start + word.length());
    }

    @Test
    void theMatchedNoteMarksExactlyTheSearchsWordsInEachSection() {
        NoteHighlights found = NoteHighlights.find(MatchedWords.of("perfectionist"),
                NoteContents.withSection(NoteContents.withSection(NoteContents.blank(SESSION, NoteFormat.DAP),
                        Section.DATA, DATA), Section.ASSESSMENT, ASSESSMENT));

        // Zoë, 李, Łukasz and the curly quotes before the word shift nothing; "perfect" is another stem
        assertThat(found.sections()).containsExactly(
                Map.entry(Section.DATA, List.of(at(DATA, "perfectionist"))),
                Map.entry(Section.ASSESSMENT, List.of(at(ASSESSMENT, "Perfectionism"))));
        assertThat(found.first()).isEqualTo(Section.DATA);
        assertThat(NoteHighlights.find(MatchedWords.of("grief"), editor.content())).isEqualTo(NoteHighlights.NONE);
        assertThat(NoteHighlights.find(MatchedWords.of("theme:core_belief.fraud"), editor.content()).isEmpty()).isTrue();
    }

    @Test
    void openingAMatchedNoteMarksItAndTypingClearsTheMarks() {
        editor.open(other);
        editor.markSearch(MatchedWords.of("perfectionist"), List.of(matched));
        assertThat(editor.highlights().isEmpty()).isTrue();

        editor.open(matched);
        assertThat(editor.highlights().in(Section.DATA)).containsExactly(at(DATA, "perfectionist"));
        assertThat(editor.highlights().in(Section.ASSESSMENT)).containsExactly(at(ASSESSMENT, "Perfectionism"));
        assertThat(editor.highlights().in(Section.PLAN)).isEmpty();

        int before = announced;
        editor.edit(c -> NoteContents.withSection(c, Section.PLAN, "W"));
        assertThat(editor.highlights().isEmpty()).isTrue();
        assertThat(announced).isEqualTo(before + 1);
        // a reading aid only: the note as saved holds the typed letter and nothing of the marks
        timer.advance(NoteEditorPresenter.AUTOSAVE_DELAY);
        assertThat(editor.note().id()).isEqualTo(matched);
        assertThat(editor.content().sections()).extracting(s -> s.text()).containsExactly(DATA, ASSESSMENT, "W");
    }

    @Test
    void eachMatchedNoteIsMarkedWhenOpenedAndAnUnmatchedOneIsNot() {
        editor.markSearch(MatchedWords.of("perfectionist"), List.of(matched, other));
        assertThat(editor.highlights().in(Section.DATA)).containsExactly(at(DATA, "perfectionist")); // the note shown

        editor.open(other);
        assertThat(editor.highlights().in(Section.DATA)).hasSize(1);

        editor.markSearch(MatchedWords.of("perfectionist"), List.of(matched));
        assertThat(editor.highlights().isEmpty()).isTrue();
        editor.open(matched);
        assertThat(editor.highlights().isEmpty()).isFalse();
        editor.open(other);
        assertThat(editor.highlights().isEmpty()).isTrue();
    }

    @Test
    void aSignedNoteIsMarkedToo() {
        editor.open(matched);
        editor.sign();
        assertThat(editor.isSigned()).isTrue();

        editor.markSearch(MatchedWords.of("\"a perfectionist\""), List.of(matched));

        assertThat(editor.highlights().in(Section.DATA)).containsExactly(at(DATA, "a perfectionist"));
        editor.edit(c -> NoteContents.withSection(c, Section.PLAN, "refused: signed"));
        assertThat(editor.highlights().isEmpty()).isFalse();
    }

    @Test
    void closingForAnotherClientOrALockForgetsTheSearch() {
        editor.markSearch(MatchedWords.of("perfectionist"), List.of(matched));
        assertThat(editor.highlights().isEmpty()).isFalse();

        editor.close();
        assertThat(editor.highlights().isEmpty()).isTrue();
        editor.open(matched);
        assertThat(editor.highlights().isEmpty()).isTrue();
    }

    @Test
    void aSearchByThemesAloneMarksNothing() {
        editor.markSearch(MatchedWords.of("theme:core_belief.fraud"), List.of(matched));
        assertThat(editor.highlights().isEmpty()).isTrue();
        editor.open(matched);
        assertThat(editor.highlights().isEmpty()).isTrue();
    }
}
