package org.goldseam.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldseam.db.Tables.NOTE_SECTION;
import static org.goldseam.db.Tables.PRIVATE_NOTE;
import static org.goldseam.db.Tables.SESSION_NOTE;
import static org.goldseam.db.Tables.THEME_OBSERVATION;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.goldseam.testing.NoteSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SessionNoteSigningTest {
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-11-20T13:00:00Z");
    private static final Instant SIGNED = Instant.parse("2026-11-20T15:05:00Z");
    private static final String SIGNER = "Dr. Maëlle Ó Briain";

    @TempDir
    Path dir;
    NoteTestVault v;
    long noteId;

    @BeforeEach
    void open() {
        v = new NoteTestVault(dir.resolve("vault"));
        noteId = v.notes.createDraft(v.clientId, NoteSamples.dapWith(START, List.of(
                new ThemeObservation(v.belief, 8, "nobody could love the real me", ShameKind.CORE))));
    }

    @AfterEach
    void close() {
        v.close();
    }

    @Test
    void signingStoresSignerTimeAndTheHashOfTheStoredContentSignerAndTime() {
        SessionNote signed = v.notes.sign(noteId, SIGNER, SIGNED);

        SessionNote read = v.notes.findById(noteId).orElseThrow();
        assertThat(read).isEqualTo(signed);
        assertThat(read.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(read.signedBy()).isEqualTo(SIGNER);
        assertThat(read.signedAt()).isEqualTo(SIGNED.atOffset(ZoneOffset.UTC));
        assertThat(read.hashVersion()).isEqualTo(NoteContentHash.CURRENT_VERSION);
        assertThat(read.contentHash()).hasSize(64)
                .isEqualTo(NoteContentHash.signed(v.clientId, read.content(), SIGNER, SIGNED.atOffset(ZoneOffset.UTC)));
        assertThat(NoteIntegrity.verify(read)).isTrue();
    }

    @Test
    void aSectionChangedBehindTheAppsBackIsDetected() {
        v.notes.sign(noteId, SIGNER, SIGNED);

        v.dsl.update(NOTE_SECTION).set(NOTE_SECTION.BODY, "Continue self-compassion practice!")
                .where(NOTE_SECTION.NOTE_ID.eq(noteId).and(NOTE_SECTION.SECTION.eq("plan"))).execute();

        assertThat(NoteIntegrity.verify(v.notes.findById(noteId).orElseThrow())).isFalse();
    }

    @Test
    void changedPrivateNotesOrThemeIntensityAreDetectedToo() {
        v.notes.sign(noteId, SIGNER, SIGNED);
        v.dsl.update(PRIVATE_NOTE).set(PRIVATE_NOTE.BODY, "edited").where(PRIVATE_NOTE.NOTE_ID.eq(noteId)).execute();
        assertThat(NoteIntegrity.verify(v.notes.findById(noteId).orElseThrow())).isFalse();

        v.dsl.update(PRIVATE_NOTE).set(PRIVATE_NOTE.BODY, "private thoughts").where(PRIVATE_NOTE.NOTE_ID.eq(noteId)).execute();
        assertThat(NoteIntegrity.verify(v.notes.findById(noteId).orElseThrow())).isTrue();

        v.dsl.update(THEME_OBSERVATION).set(THEME_OBSERVATION.INTENSITY, 3)
                .where(THEME_OBSERVATION.NOTE_ID.eq(noteId)).execute();
        assertThat(NoteIntegrity.verify(v.notes.findById(noteId).orElseThrow())).isFalse();
    }

    @Test
    void aSignedNoteCannotBeSavedRescheduledOrSignedAgainAndStaysAsSigned() {
        SessionNote signed = v.notes.sign(noteId, SIGNER, SIGNED);
        NoteContent edit = NoteSamples.dap(START, Attendance.ATTENDED);

        assertThatThrownBy(() -> v.notes.saveDraft(noteId, edit))
                .isInstanceOfSatisfying(NoteStateException.class, e -> {
                    assertThat(e.noteId()).isEqualTo(noteId);
                    assertThat(e.status()).isEqualTo(NoteStatus.SIGNED);
                    assertThat(e.getMessage()).contains("signed").contains("addendum");
                });
        assertThatThrownBy(() -> v.notes.reschedule(noteId, START.plusDays(1))).isInstanceOf(NoteStateException.class);
        assertThatThrownBy(() -> v.notes.sign(noteId, "Someone Else", SIGNED.plusSeconds(60)))
                .isInstanceOf(NoteStateException.class);

        assertThat(v.notes.findById(noteId).orElseThrow()).isEqualTo(signed);
    }

    @Test
    void aDraftTakesNoAddendaAndASignedNoteListsThemOldestFirst() {
        assertThatThrownBy(() -> v.notes.addAddendum(noteId, AddendumKind.ADDENDUM, SIGNER, "more", SIGNED))
                .isInstanceOfSatisfying(NoteStateException.class, e -> assertThat(e.status()).isEqualTo(NoteStatus.DRAFT));
        assertThat(v.notes.addenda(noteId)).isEmpty();

        SessionNote signed = v.notes.sign(noteId, SIGNER, SIGNED);
        Instant t1 = SIGNED.plusSeconds(3_600);
        Instant t2 = SIGNED.plusSeconds(86_400);
        long late = v.notes.addAddendum(noteId, AddendumKind.LATE_ENTRY, SIGNER, "Client phoned: 睡得更好 😊", t2);
        long fix = v.notes.addAddendum(noteId, AddendumKind.CORRECTION, SIGNER, "Intensity was 7, not 8.", t1);

        assertThat(v.notes.addenda(noteId)).containsExactly(
                new Addendum(fix, noteId, AddendumKind.CORRECTION, SIGNER, t1.atOffset(ZoneOffset.UTC), "Intensity was 7, not 8."),
                new Addendum(late, noteId, AddendumKind.LATE_ENTRY, SIGNER, t2.atOffset(ZoneOffset.UTC), "Client phoned: 睡得更好 😊"));
        // the original stays as signed, and still verifies
        SessionNote after = v.notes.findById(noteId).orElseThrow();
        assertThat(after).isEqualTo(signed);
        assertThat(NoteIntegrity.verify(after)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(AddendumKind.class)
    void everyAddendumKindIsAcceptedByTheSchemaAndReadBack(AddendumKind kind) {
        v.notes.sign(noteId, SIGNER, SIGNED);

        v.notes.addAddendum(noteId, kind, SIGNER, "text", SIGNED.plusSeconds(1));

        assertThat(v.notes.addenda(noteId)).singleElement().extracting(Addendum::kind).isEqualTo(kind);
    }

    @Test
    void emptyAddendaAndUnknownNotesAreRefused() {
        v.notes.sign(noteId, SIGNER, SIGNED);

        assertThatThrownBy(() -> v.notes.addAddendum(noteId, AddendumKind.ADDENDUM, SIGNER, "  ", SIGNED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> v.notes.addAddendum(noteId + 1_000, AddendumKind.ADDENDUM, SIGNER, "x", SIGNED))
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> v.notes.sign(noteId + 1_000, SIGNER, SIGNED))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void theIntegrityCheckSeesEverySignedNoteAndNoDraft() {
        long second = v.notes.createDraft(v.clientId, NoteSamples.dap(START.plusWeeks(1), Attendance.ATTENDED));
        long draft = v.notes.createDraft(v.clientId, NoteSamples.dap(START.plusWeeks(2), Attendance.ATTENDED));
        v.notes.sign(noteId, SIGNER, SIGNED);
        v.notes.sign(second, SIGNER, SIGNED.plusSeconds(604_800));
        v.dsl.update(SESSION_NOTE).set(SESSION_NOTE.DURATION_MINUTES, 90).where(SESSION_NOTE.ID.eq(second)).execute();

        List<SessionNote> signed;
        try (var stream = v.notes.findSignedNotes()) {
            signed = stream.toList();
        }

        assertThat(signed).extracting(SessionNote::id).containsExactly(noteId, second).doesNotContain(draft);
        assertThat(signed).extracting(NoteIntegrity::verify).containsExactly(true, false);
        assertThat(NoteIntegrity.verify(v.notes.findById(draft).orElseThrow())).isFalse();
    }
}
