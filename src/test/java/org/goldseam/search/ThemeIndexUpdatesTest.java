package org.goldseam.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.ClientStatus;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.Modality;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.NoteSectionText;
import org.goldseam.notes.Section;
import org.goldseam.notes.SessionType;
import org.goldseam.notes.ThemeObservation;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.testing.TaxonomyFixtures;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-memory theme index answers exactly what the SQL search answers, on random notes that are
 * then edited (themes, intensities, attendance, start), rescheduled and deleted with their client,
 * and every change is visible to the very next search. Two services on one vault: one never builds
 * its indexes (so it searches themes in SQL), the other is built and told about every change, as the
 * app tells it.
 */
class ThemeIndexUpdatesTest {
    private static final String[] KEYS = {"core_belief.fraud", "defense.control", "cost.anxiety"};
    private static final List<String> QUERIES = List.of(
            "theme:A", "any:A,B min:2", "all:A,B", "all:A,B,C", "theme:A last:3 min:2", "any:A,C trend:rising",
            "theme:B trend:falling last:5", "theme:A intensity:6", "any:A,B,C from:2026-03-01 to:2026-04-15",
            "theme:C from:2026-02-10 last:2", "any:A,B status:paused", "theme:B trend:rising min:3 last:6");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void memoryEqualsSqlThroughEditsAndDeletions(long seed) {
        Random random = new Random(seed);
        try (Vault vault = TestVaults.create(dir.resolve("vault-" + seed))) {
            SessionNoteRepository notes = new SessionNoteRepository(vault.database().dsl(), TestVaults.CLOCK);
            ClientRepository clients = new ClientRepository(vault.database().dsl(), TestVaults.CLOCK);
            long[] entries = new long[KEYS.length];
            for (int i = 0; i < KEYS.length; i++) {
                entries[i] = TaxonomyFixtures.entry(vault.database().dsl(), KEYS[i].substring(0, KEYS[i].indexOf('.')), KEYS[i]);
            }
            List<Long> clientIds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clientIds.add(clients.insert(new ClientDetails("Client " + i, null, null, null, null, null, null, null, null,
                        null, null, LocalDate.of(2026, 1, 5))));
            }
            clients.changeStatus(clientIds.get(3), ClientStatus.PAUSED);
            List<long[]> written = new ArrayList<>(); // note id, client id
            for (int i = 0; i < 30; i++) {
                long client = clientIds.get(random.nextInt(clientIds.size()));
                written.add(new long[] {notes.createDraft(client, content(random, entries)), client});
            }
            try (SearchService sql = SearchService.open(vault, TestVaults.CLOCK);
                 SearchService memory = SearchService.open(vault, TestVaults.CLOCK)) {
                memory.buildIndex(status -> { });
                assertThat(memory.themeIndexSessions()).isPositive();
                assertThat(sql.themeIndexSessions()).isEqualTo(-1);
                compare(sql, memory, "after the build");
                for (int step = 0; step < 40; step++) {
                    int op = random.nextInt(10);
                    if (op < 4) {
                        long client = clientIds.get(random.nextInt(clientIds.size()));
                        long id = notes.createDraft(client, content(random, entries));
                        written.add(new long[] {id, client});
                        memory.onNoteSaved(id);
                    } else if (op < 8) {
                        long id = written.get(random.nextInt(written.size()))[0];
                        notes.saveDraft(id, content(random, entries));
                        memory.onNoteSaved(id);
                    } else {
                        long id = written.get(random.nextInt(written.size()))[0];
                        notes.reschedule(id, start(random));
                        memory.onNoteSaved(id);
                    }
                    compare(sql, memory, "step " + step);
                }
                long gone = clientIds.get(random.nextInt(3));
                clients.delete(gone);
                memory.onClientDeleted(gone);
                written.removeIf(w -> w[1] == gone);
                compare(sql, memory, "after deleting a client");
                assertThat(memory.themeIndexSessions()).isEqualTo(attended(notes, clientIds, gone));
            }
        }
    }

    private static int attended(SessionNoteRepository notes, List<Long> clientIds, long gone) {
        int count = 0;
        for (long client : clientIds) {
            if (client != gone) {
                count += (int) notes.listForClient(client).stream()
                        .filter(n -> notes.findById(n.id()).orElseThrow().attendance() == Attendance.ATTENDED).count();
            }
        }
        return count;
    }

    private static void compare(SearchService sql, SearchService memory, String when) {
        int found = 0;
        for (String template : QUERIES) {
            String query = template.replace("A", KEYS[0]).replace("B", KEYS[1]).replace("C", KEYS[2]);
            SearchOutcome expected = sql.search(query, false);
            SearchOutcome actual = memory.search(query, false);
            assertThat(expected).as(query).isInstanceOf(SearchOutcome.Found.class);
            List<ClientMatch> want = ((SearchOutcome.Found) expected).result().clients();
            assertThat(((SearchOutcome.Found) actual).result().clients()).as(when + ": " + query)
                    .usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(want);
            found += want.size();
        }
        assertThat(found).as(when + ": the queries find something").isPositive();
    }

    private static NoteContent content(Random random, long[] entries) {
        List<ThemeObservation> observations = new ArrayList<>();
        for (long entry : entries) {
            if (random.nextInt(3) > 0) {
                observations.add(new ThemeObservation(entry, random.nextInt(11), null, null));
            }
        }
        Attendance attendance = random.nextInt(5) == 0 ? Attendance.values()[1 + random.nextInt(3)] : Attendance.ATTENDED;
        return new NoteContent(start(random), 50, SessionType.INDIVIDUAL, Modality.IN_PERSON, attendance, NoteFormat.FREE,
                "Session", List.of(new NoteSectionText(Section.BODY, "Invented session text.")), null, observations,
                List.of(), List.of());
    }

    /** Few distinct starts, so that clients have sessions at the same time and the tie-break is exercised. */
    private static OffsetDateTime start(Random random) {
        return OffsetDateTime.of(2026, 1 + random.nextInt(6), 1 + random.nextInt(4) * 7, 9 + random.nextInt(2), 0, 0, 0,
                ZoneOffset.UTC);
    }
}
