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
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search makes passages for its first page of rows only; the rest are made on request, and are
 * the same passages the search would have made.
 */
class PassagesTest {
    @TempDir
    Path dir;

    @Test
    void passagesForTheFirstRowsAndOnRequestForTheRest() {
        int clientsWritten = SearchEngine.PASSAGE_ROWS + 7;
        try (Vault vault = TestVaults.create(dir.resolve("vault"))) {
            SessionNoteRepository notes = new SessionNoteRepository(vault.database().dsl(), TestVaults.CLOCK);
            ClientRepository clients = new ClientRepository(vault.database().dsl(), TestVaults.CLOCK);
            for (int i = 0; i < clientsWritten; i++) {
                long client = clients.insert(new ClientDetails(String.format("Client %03d", i), null, null, null, null, null,
                        null, null, null, null, null, LocalDate.of(2026, 1, 5)));
                for (int n = 0; n < 1 + i % 4; n++) {
                    notes.createDraft(client, note(OffsetDateTime.parse("2026-03-02T15:00:00Z").plusWeeks(n),
                            "An invented session. The exam went better than she feared" + " again".repeat(i % 3) + "."));
                }
            }
            try (SearchService search = SearchService.open(vault, TestVaults.CLOCK)) {
                search.buildIndex(status -> { });
                SearchResult result = ((SearchOutcome.Found) search.search("exam", false)).result();
                List<ClientMatch> rows = result.clients();
                assertThat(rows).hasSize(clientsWritten);
                for (int i = 0; i < rows.size(); i++) {
                    ClientMatch row = rows.get(i);
                    boolean firstPage = i < SearchEngine.PASSAGE_ROWS;
                    assertThat(row.textMatches().get(0).snippets().isEmpty()).as("row " + i).isEqualTo(!firstPage);
                    ClientMatch filled = search.withPassages(result, row);
                    assertThat(filled.textMatches()).hasSameSizeAs(row.textMatches());
                    for (int t = 0; t < filled.textMatches().size(); t++) {
                        TextMatch match = filled.textMatches().get(t);
                        assertThat(match.snippets()).as("row " + i + " note " + t)
                                .hasSize(t < SearchEngine.SNIPPET_NOTES ? 1 : 0);
                        if (!match.snippets().isEmpty()) {
                            assertThat(match.snippets().get(0).marked("[", "]")).contains("[exam]");
                        }
                    }
                    if (firstPage) {
                        assertThat(filled).usingRecursiveComparison().isEqualTo(row);
                    }
                }
                SearchResult all = search.withAllPassages(result);
                assertThat(all.clients()).allMatch(m -> !m.textMatches().get(0).snippets().isEmpty());
                assertThat(all.clients().subList(0, SearchEngine.PASSAGE_ROWS)).isEqualTo(rows.subList(0, SearchEngine.PASSAGE_ROWS));
            }
        }
    }

    private static NoteContent note(OffsetDateTime start, String body) {
        return new NoteContent(start, 50, SessionType.INDIVIDUAL, Modality.IN_PERSON, Attendance.ATTENDED, NoteFormat.FREE,
                "Session", List.of(new NoteSectionText(Section.BODY, body)), null, List.of(), List.of(), List.of());
    }
}
