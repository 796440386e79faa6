package org.goldseam.app.workspace;

import org.goldseam.testing.FakeScheduler;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.AuditEvent;
import org.goldseam.audit.AuditFilter;
import org.goldseam.clients.ClientDetails;
import org.goldseam.notes.AddendumKind;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.Section;
import org.goldseam.notes.ThemeObservation;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's rules, on a real vault with a synchronous worker and a fake timer. */
class NoteEditorPresenterTest {
    private static final OffsetDateTime SESSION = OffsetDateTime.of(2026, 11, 19, 15, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Vault vault;
    private VaultServices services;
    private final FakeScheduler timer = new FakeScheduler();
    private NoteEditorPresenter editor;
    private long clientId;
    private int stored;

    @BeforeEach
    void openEditorOnANewNote() {
        vault = TestVaults.create(dir.resolve("vault"));
        services = VaultServices.of(vault, TestVaults.CLOCK);
        // added through the repository: the audit trail then holds only what the editor writes
        clientId = new org.goldseam.clients.persistence.ClientRepository(vault.database().dsl())
                .insert(ClientDetails.of("Zoë Łukasz-Ørsted", SESSION.toLocalDate()));
        editor = new NoteEditorPresenter(services, BackgroundTasks.synchronous(), timer,
                () -> "Dr Imaginary, LCSW", () -> stored++);
        editor.create(clientId, NoteContents.blank(SESSION, NoteFormat.DAP));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private String savedData() {
        return services.notes().findById(editor.note().id()).orElseThrow().sectionText(Section.DATA);
    }

    @Test
    void typingIsSavedOnceAfterAQuietMomentNotOnEveryKeystroke() {
        for (String prefix : List.of("F", "Fe", "Fea", "Fear of being found out")) {
            editor.edit(c -> NoteContents.withSection(c, Section.DATA, prefix));
            timer.advance(Duration.ofMillis(200));
        }
        assertThat(editor.status().state()).isEqualTo(SaveStatus.State.PENDING);
        assertThat(savedData()).isEmpty();

        timer.advance(NoteEditorPresenter.AUTOSAVE_DELAY);

        assertThat(savedData()).isEqualTo("Fear of being found out");
        assertThat(editor.status().state()).isEqualTo(SaveStatus.State.SAVED);
        assertThat(editor.status().savedAt()).isNotNull();
        assertThat(editor.hasUnsavedChanges()).isFalse();
        // one NOTE_CREATED, then one NOTE_EDITED for the whole burst of typing
        assertThat(services.audit().list(AuditFilter.all())).extracting(AuditEvent::action)
                .containsExactly(AuditAction.NOTE_CREATED);
    }

    @Test
    void theFirstSaveOfAnEditingSessionIsAuditedOnce() {
        long id = editor.note().id();
        editor.open(id); // a new editing session on an existing draft
        editor.edit(c -> NoteContents.withSection(c, Section.PLAN, "Weekly."));
        timer.advance(Duration.ofSeconds(1));
        editor.edit(c -> NoteContents.withSection(c, Section.PLAN, "Weekly, same time."));
        timer.advance(Duration.ofSeconds(1));
        assertThat(services.audit().list(AuditFilter.all())).extracting(AuditEvent::action)
                .containsExactly(AuditAction.NOTE_CREATED, AuditAction.NOTE_EDITED);
    }

    @Test
    void flushSavesPendingTextBeforeTheCallerMovesOn() {
        editor.edit(c -> NoteContents.withSection(c, Section.DATA, "Said: 'I am a fraud'."));
        List<Boolean> results = new ArrayList<>();
        editor.flush(results::add);
        assertThat(results).containsExactly(true);
        assertThat(savedData()).isEqualTo("Said: 'I am a fraud'.");
        assertThat(timer.waiting()).isZero();
    }

    @Test
    void signingSavesFirstThenLocksTheNote() {
        editor.edit(c -> NoteContents.withSection(c, Section.ASSESSMENT, "Core shame close to the surface."));
        editor.edit(c -> NoteContents.withObservations(c, list -> {
            list.add(new ThemeObservation(services.framework().taxonomy().get("core_belief.fraud").id(), 7, null, null));
            return list;
        }));

        editor.sign();

        assertThat(editor.isSigned()).isTrue();
        assertThat(editor.note().contentHash()).hasSize(64);
        assertThat(editor.note().signedBy()).isEqualTo("Dr Imaginary, LCSW");
        assertThat(editor.note().sectionText(Section.ASSESSMENT)).isEqualTo("Core shame close to the surface.");
        assertThat(editor.note().observations()).hasSize(1);

        editor.edit(c -> NoteContents.withSection(c, Section.ASSESSMENT, "changed after signing"));
        assertThat(editor.message()).contains("signed").contains("addendum");
        assertThat(services.notes().findById(editor.note().id()).orElseThrow().sectionText(Section.ASSESSMENT))
                .isEqualTo("Core shame close to the surface.");
    }

    @Test
    void addendaAreOnlyForSignedNotesAndListInOrder() {
        editor.addAddendum(AddendumKind.ADDENDUM, "Too early.");
        assertThat(editor.message()).contains("signed notes");
        assertThat(editor.addenda()).isEmpty();

        editor.sign();
        editor.addAddendum(AddendumKind.CORRECTION, "The review is next month.");
        editor.addAddendum(AddendumKind.ADDENDUM, "Client phoned to confirm.");

        assertThat(editor.addenda()).extracting(a -> a.body())
                .containsExactly("The review is next month.", "Client phoned to confirm.");
        assertThat(editor.addenda().get(0).author()).isEqualTo("Dr Imaginary, LCSW");
        assertThat(stored).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aSignatureMoreThan72HoursAfterTheSessionIsALateEntry() {
        // the test clock stands at 2026-11-21 10:00; this session was on the 19th at 15:00 (43 h)
        editor.sign();
        assertThat(editor.isLateEntry()).isFalse();

        editor.create(clientId, NoteContents.blank(SESSION.minusDays(5), NoteFormat.SOAP));
        editor.sign();
        assertThat(editor.isLateEntry()).isTrue();
    }

    @Test
    void anInvalidEditIsRefusedWithAReasonAndTheNoteStaysAsItWas() {
        var before = editor.content();
        editor.edit(c -> NoteContents.withHeader(c, c.startsAt(), 900, c.type(), c.modality(), c.attendance(), c.format(),
                c.summaryLine()));
        assertThat(editor.content()).isEqualTo(before);
        assertThat(editor.message()).contains("600");
    }

    @Test
    void changingTheFormatKeepsEveryWord() {
        editor.edit(c -> NoteContents.withSection(c, Section.DATA, "Rested on Sunday."));
        editor.edit(c -> NoteContents.withSection(c, Section.PLAN, "Keep one rest day."));
        editor.edit(c -> NoteContents.withHeader(c, c.startsAt(), c.durationMinutes(), c.type(), c.modality(),
                c.attendance(), NoteFormat.SOAP, c.summaryLine()));
        assertThat(editor.content().sectionText(Section.SUBJECTIVE)).isEqualTo("Data: Rested on Sunday.");
        assertThat(editor.content().sectionText(Section.PLAN)).isEqualTo("Keep one rest day.");
    }

    @Test
    void copyForwardStartsFromThePreviousThemesButNotTheirQuotesOrText() {
        long fraud = services.framework().taxonomy().get("core_belief.fraud").id();
        editor.edit(c -> NoteContents.withObservations(c, list -> {
            list.add(new ThemeObservation(fraud, 6, "They'll find out.", null));
            return list;
        }));
        editor.edit(c -> NoteContents.withSection(c, Section.DATA, "Exam week."));
        editor.sign();

        var next = NoteContents.copyForward(editor.note(), SESSION.plusDays(7));
        assertThat(next.observations()).singleElement().satisfies(o -> {
            assertThat(o.entryId()).isEqualTo(fraud);
            assertThat(o.intensity()).isEqualTo(6);
            assertThat(o.verbatimQuote()).isNull();
        });
        assertThat(next.sectionText(Section.DATA)).isEmpty();
    }

    @Test
    void reflectiveAnswersAndInnerCriticLinesAreRecordedAgainstTheSession() {
        editor.recordInnerCritic("Anyone could have done that better.");
        editor.recordReflection(org.goldseam.framework.model.ReflectiveQuestion.FEAR_OF_STOPPING, "Everyone would see I am ordinary.");

        assertThat(editor.recorded()).hasSize(2);
        assertThat(editor.recorded().get(0)).contains("Anyone could have done that better.");
        assertThat(services.framework().innerCritic().statements(clientId)).singleElement()
                .satisfies(s -> assertThat(s.lastNoteId()).isEqualTo(editor.note().id()));
        assertThat(services.framework().reflection().answers(clientId)).singleElement()
                .satisfies(a -> assertThat(a.noteId()).isEqualTo(editor.note().id()));

        editor.open(editor.note().id());
        assertThat(editor.recorded()).hasSize(2);
    }

    @Test
    void theTextSuggestsUntaggedThemesButTagsNothingUntilAccepted() {
        editor.edit(c -> NoteContents.withSection(c, Section.DATA, "She called herself an impostor who was just lucky."));
        timer.advance(Duration.ofSeconds(1));

        assertThat(editor.suggestions()).extracting(s -> s.key()).contains("core_belief.fraud");
        assertThat(editor.content().observations()).isEmpty();

        editor.accept(editor.suggestions().stream().filter(s -> s.key().equals("core_belief.fraud")).findFirst().orElseThrow());
        long fraud = services.framework().taxonomy().get("core_belief.fraud").id();
        assertThat(editor.content().observations()).extracting(ThemeObservation::entryId).containsExactly(fraud);
        assertThat(editor.suggestions()).extracting(s -> s.key()).doesNotContain("core_belief.fraud");
    }

    @Test
    void aSuggestedInterventionIsTickedAsUsedNotTaggedAsATheme() {
        editor.edit(c -> NoteContents.withSection(c, Section.DATA, "We planned a behavioural experiment for the week."));
        timer.advance(Duration.ofSeconds(1));
        String key = "intervention.imperfection_experiments";
        assertThat(editor.suggestions()).extracting(s -> s.key()).contains(key);

        editor.accept(editor.suggestions().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow());

        long experiments = services.framework().taxonomy().get(key).id();
        assertThat(editor.content().interventions()).extracting(org.goldseam.notes.InterventionUse::entryId)
                .containsExactly(experiments);
        assertThat(editor.content().observations()).as("no theme: it would show in the heat map and summaries").isEmpty();
        assertThat(editor.suggestions()).extracting(s -> s.key()).doesNotContain(key);
    }

    @Test
    void everySaveReachesTheCaseloadSearchAtOnce() {
        services.search().buildIndex(status -> { });
        editor.edit(c -> NoteContents.withSection(c, Section.DATA, "Spoke about the marathon she never finished."));
        timer.advance(Duration.ofSeconds(1));

        var outcome = services.search().search("marathon", false);
        assertThat(outcome).isInstanceOfSatisfying(org.goldseam.search.SearchOutcome.Found.class,
                found -> assertThat(found.result().clients()).extracting(m -> m.clientId()).containsExactly(clientId));
    }
}
