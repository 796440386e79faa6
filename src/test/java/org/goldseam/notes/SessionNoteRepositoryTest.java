package org.goldseam.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldseam.db.Tables.NOTE_INTERVENTION;
import static org.goldseam.db.Tables.NOTE_SECTION;
import static org.goldseam.db.Tables.PRIVATE_NOTE;
import static org.goldseam.db.Tables.SESSION_NOTE;
import static org.goldseam.db.Tables.TAXONOMY_ENTRY;
import static org.goldseam.db.Tables.THEME_OBSERVATION;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.goldseam.clients.ClientDetails;
import org.goldseam.testing.NoteSamples;
import org.goldseam.testing.TestVaults;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionNoteRepositoryTest {
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-11-20T14:00:00+01:00");

    @TempDir
    Path dir;
    NoteTestVault v;

    @BeforeEach
    void open() {
        v = new NoteTestVault(dir.resolve("vault"));
    }

    @AfterEach
    void close() {
        v.close();
    }

    /** A SOAP note using every table of the aggregate, with long and non-Latin text. */
    private NoteContent fullNote(OffsetDateTime start) {
        String longSection = exactly100k("Zoë said: \"我总是不够好\" 😔 — ");
        String longPrivate = exactly100k("Łukasz-Ørsted 🌊 transference notes; ");
        return new NoteContent(start, 55, SessionType.INDIVIDUAL, Modality.TELEHEALTH, Attendance.ATTENDED,
                NoteFormat.SOAP, "Shame after a mistake at work 💼",
                List.of(new NoteSectionText(Section.PLAN, "Plan: practise self-compassion,\nrevisit next week."),
                        new NoteSectionText(Section.SUBJECTIVE, longSection),
                        new NoteSectionText(Section.OBJECTIVE, "Tearful; eye contact reduced."),
                        new NoteSectionText(Section.ASSESSMENT, "")),
                longPrivate,
                List.of(new ThemeObservation(v.belief, 8, "“If they saw the real me, they’d leave.”", ShameKind.CORE),
                        new ThemeObservation(v.trigger, 6, null, null),
                        new ThemeObservation(v.defense, 4, "李小龙 said yes again", ShameKind.ADAPTIVE)),
                List.of(new InterventionUse(v.intervention, "Two-chair dialogue with the critic"),
                        new InterventionUse(v.cost, null)),
                List.of(new GoalProgress(v.goal, 3, "Checked email 4×/day instead of 20×")));
    }

    /** {@code unit} repeated, padded to exactly 100,000 chars without splitting an emoji. */
    private static String exactly100k(String unit) {
        String repeated = unit.repeat(100_000 / unit.length());
        return repeated + "x".repeat(100_000 - repeated.length());
    }

    @Test
    void theWholeNoteIsReadBackExactlyAsWritten() {
        NoteContent written = fullNote(START);

        long id = v.notes.createDraft(v.clientId, written);
        SessionNote read = v.notes.findById(id).orElseThrow();

        assertThat(read.content()).isEqualTo(written);
        assertThat(read.sections()).extracting(NoteSectionText::section)
                .containsExactly(Section.SUBJECTIVE, Section.OBJECTIVE, Section.ASSESSMENT, Section.PLAN);
        assertThat(read.sectionText(Section.SUBJECTIVE)).hasSize(100_000).isEqualTo(written.sectionText(Section.SUBJECTIVE));
        assertThat(read.privateNotes()).hasSize(100_000).isEqualTo(written.privateNotes());
        assertThat(read.startsAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T13:00:00Z"));
        assertThat(read.id()).isEqualTo(id);
        assertThat(read.clientId()).isEqualTo(v.clientId);
        assertThat(read.status()).isEqualTo(NoteStatus.DRAFT);
        assertThat(read.signedAt()).isNull();
        assertThat(read.signedBy()).isNull();
        assertThat(read.contentHash()).isNull();
        assertThat(read.createdAt()).isEqualTo(TestVaults.CLOCK.instant().atOffset(java.time.ZoneOffset.UTC));
        assertThat(read.updatedAt()).isEqualTo(read.createdAt());
    }

    @Test
    void privateNotesAreKeptOnlyInTheirOwnTableNeverAmongTheSections() {
        long id = v.notes.createDraft(v.clientId, fullNote(START));

        assertThat(v.dsl.fetchCount(PRIVATE_NOTE, PRIVATE_NOTE.NOTE_ID.eq(id))).isEqualTo(1);
        assertThat(v.dsl.select(NOTE_SECTION.BODY).from(NOTE_SECTION).where(NOTE_SECTION.NOTE_ID.eq(id))
                .fetch(NOTE_SECTION.BODY)).noneMatch(body -> body.contains("transference notes"));
    }

    @Test
    void savingADraftReplacesEverythingIncludingRemovals() {
        long id = v.notes.createDraft(v.clientId, fullNote(START));
        NoteContent smaller = new NoteContent(START.plusDays(1), 30, SessionType.COUPLES, Modality.PHONE,
                Attendance.ATTENDED, NoteFormat.FREE, null,
                List.of(new NoteSectionText(Section.BODY, "Short phone check-in.")), null,
                List.of(new ThemeObservation(v.trigger, 2, null, null)), List.of(), List.of());

        v.notes.saveDraft(id, smaller);

        SessionNote read = v.notes.findById(id).orElseThrow();
        assertThat(read.content()).isEqualTo(smaller);
        assertThat(v.dsl.fetchCount(PRIVATE_NOTE, PRIVATE_NOTE.NOTE_ID.eq(id))).isZero();
        assertThat(v.dsl.fetchCount(NOTE_INTERVENTION, NOTE_INTERVENTION.NOTE_ID.eq(id))).isZero();
        assertThat(v.dsl.select(THEME_OBSERVATION.SESSION_STARTS_AT).from(THEME_OBSERVATION)
                .where(THEME_OBSERVATION.NOTE_ID.eq(id)).fetchOne(THEME_OBSERVATION.SESSION_STARTS_AT).toInstant())
                .isEqualTo(START.plusDays(1).toInstant());
    }

    @Test
    void theObservationsCopyOfTheSessionDateFollowsARescheduledDraft() {
        long id = v.notes.createDraft(v.clientId, fullNote(START));
        OffsetDateTime moved = OffsetDateTime.parse("2026-11-27T09:15:00Z");

        v.notes.reschedule(id, moved);

        // only session_note was updated: the copies moved by the schema's ON UPDATE CASCADE
        assertThat(v.dsl.select(THEME_OBSERVATION.SESSION_STARTS_AT).from(THEME_OBSERVATION)
                .where(THEME_OBSERVATION.NOTE_ID.eq(id)).fetch(THEME_OBSERVATION.SESSION_STARTS_AT))
                .hasSize(3).allSatisfy(at -> assertThat(at.toInstant()).isEqualTo(moved.toInstant()));
        assertThat(v.notes.findById(id).orElseThrow().startsAt()).isEqualTo(moved);
    }

    @Test
    void everyEnumValueIsAcceptedByTheSchemaAndReadBack() {
        int count = max(SessionType.values().length, Modality.values().length, Attendance.values().length,
                NoteFormat.values().length, ShameKind.values().length);
        for (int i = 0; i < count; i++) {
            NoteFormat format = NoteFormat.values()[i % NoteFormat.values().length];
            List<NoteSectionText> sections = format.sections().stream()
                    .map(s -> new NoteSectionText(s, "text of " + s)).toList();
            NoteContent content = new NoteContent(START.plusDays(i), 50,
                    SessionType.values()[i % SessionType.values().length],
                    Modality.values()[i % Modality.values().length],
                    Attendance.values()[i % Attendance.values().length], format, "n" + i, sections, null,
                    List.of(new ThemeObservation(v.belief, i % 11, null, ShameKind.values()[i % ShameKind.values().length])),
                    List.of(), List.of());

            long id = v.notes.createDraft(v.clientId, content);

            assertThat(v.notes.findById(id).orElseThrow().content()).as("combination %d", i).isEqualTo(content);
        }
        for (Section section : Section.values()) {
            assertThat(Arrays.stream(NoteFormat.values()).anyMatch(f -> f.sections().contains(section)))
                    .as("%s belongs to a format", section).isTrue();
        }
    }

    private static int max(int... values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    @Test
    void theClientsNoteListIsNewestFirstWithTheThreeMostIntenseThemes() {
        long older = v.notes.createDraft(v.clientId, NoteSamples.dap(START.minusWeeks(1), Attendance.NO_SHOW));
        long newer = v.notes.createDraft(v.clientId, NoteSamples.dapWith(START, List.of(
                new ThemeObservation(v.trigger, 5, null, null),
                new ThemeObservation(v.belief, 9, null, ShameKind.CORE),
                new ThemeObservation(v.defense, 7, null, null),
                new ThemeObservation(v.cost, 2, null, null))));
        long otherClient = v.clients.insert(ClientDetails.of("Søren Berg", LocalDate.of(2025, 1, 6)));
        v.notes.createDraft(otherClient, NoteSamples.dap(START.plusDays(1), Attendance.ATTENDED));

        List<NoteListItem> list = v.notes.listForClient(v.clientId);

        assertThat(list).extracting(NoteListItem::id).containsExactly(newer, older);
        assertThat(list.get(0).topThemeEntryIds()).containsExactly(v.belief, v.defense, v.trigger);
        assertThat(list.get(0)).extracting(NoteListItem::startsAt, NoteListItem::type, NoteListItem::attendance,
                        NoteListItem::status, NoteListItem::summaryLine)
                .containsExactly(START.toInstant().atOffset(java.time.ZoneOffset.UTC), SessionType.INDIVIDUAL,
                        Attendance.ATTENDED, NoteStatus.DRAFT, "Reviewed week");
        assertThat(list.get(1).attendance()).isEqualTo(Attendance.NO_SHOW);
        assertThat(list.get(1).topThemeEntryIds()).isEmpty();
    }

    @Test
    void aTaxonomyEntryUsedInANoteCannotBeDeleted() {
        v.notes.createDraft(v.clientId, fullNote(START));

        assertThatThrownBy(() -> v.dsl.deleteFrom(TAXONOMY_ENTRY).where(TAXONOMY_ENTRY.ID.eq(v.belief)).execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> v.dsl.deleteFrom(TAXONOMY_ENTRY).where(TAXONOMY_ENTRY.ID.eq(v.intervention)).execute())
                .isInstanceOf(DataAccessException.class);
        assertThat(v.dsl.fetchCount(TAXONOMY_ENTRY, TAXONOMY_ENTRY.ID.eq(v.belief))).isEqualTo(1);
    }

    @Test
    void deletingAClientRemovesTheirWholeRecordAndNobodyElses() {
        v.notes.createDraft(v.clientId, fullNote(START));
        v.notes.createDraft(v.clientId, fullNote(START.plusWeeks(1)));
        long otherClient = v.clients.insert(ClientDetails.of("Søren Berg", LocalDate.of(2025, 1, 6)));
        long kept = v.notes.createDraft(otherClient, NoteSamples.dapWith(START, List.of(
                new ThemeObservation(v.trigger, 5, null, null))));
        assertThat(v.dsl.fetchCount(SESSION_NOTE)).isEqualTo(3);
        assertThat(v.dsl.fetchCount(NOTE_SECTION)).isEqualTo(4 + 4 + 3);
        assertThat(v.dsl.fetchCount(PRIVATE_NOTE)).isEqualTo(3);
        assertThat(v.dsl.fetchCount(THEME_OBSERVATION)).isEqualTo(3 + 3 + 1);

        assertThat(v.clients.delete(v.clientId)).isTrue();

        assertThat(v.dsl.fetchCount(SESSION_NOTE)).isEqualTo(1);
        assertThat(v.dsl.fetchCount(NOTE_SECTION)).isEqualTo(3);
        assertThat(v.dsl.fetchCount(PRIVATE_NOTE)).isEqualTo(1);
        assertThat(v.dsl.fetchCount(THEME_OBSERVATION)).isEqualTo(1);
        assertThat(v.dsl.fetchCount(NOTE_INTERVENTION)).isZero();
        assertThat(v.notes.findById(kept)).isPresent();
        assertThat(v.clients.findById(v.clientId)).isEmpty();
        assertThat(v.clients.delete(v.clientId)).isFalse();
    }

    @Test
    void contentIsPutInCanonicalFormAndInconsistentContentIsRefused() {
        assertThatThrownBy(() -> new NoteContent(START, 50, SessionType.INDIVIDUAL, Modality.PHONE,
                Attendance.ATTENDED, NoteFormat.DAP, null, List.of(new NoteSectionText(Section.SUBJECTIVE, "x")),
                null, List.of(), List.of(), List.of())).hasMessageContaining("no section SUBJECTIVE");
        assertThatThrownBy(() -> new NoteContent(START, 601, SessionType.INDIVIDUAL, Modality.PHONE,
                Attendance.ATTENDED, NoteFormat.FREE, null, List.of(), null, List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThemeObservation(v.belief, 11, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoteSamples.dapWith(START, List.of(new ThemeObservation(v.belief, 1, null, null),
                new ThemeObservation(v.belief, 2, null, null)))).hasMessageContaining("twice");
    }
}
