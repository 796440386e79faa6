package org.goldseam.faults;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.persistence.AuditRepository;
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

/**
 * The child the kill -9 test shoots: opens a test vault and saves notes in a loop, as fast as it
 * can, printing {@code DURABLE <note id>} only after each save has committed. Every third note is
 * signed and each save is audited, so signatures and the audit chain are under fire too.
 */
public final class NoteWriterProcess {
    private NoteWriterProcess() {
    }

    public static void main(String[] args) {
        Vault vault = TestVaults.open(Path.of(args[0]));
        var dsl = vault.database().dsl();
        long client = new ClientRepository(dsl).insert(ClientDetails.of("Kill Test " + ProcessHandle.current().pid(),
                LocalDate.of(2026, 1, 1)));
        SessionNoteRepository notes = new SessionNoteRepository(dsl);
        AuditRepository audit = new AuditRepository(dsl);
        OffsetDateTime start = OffsetDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; ; i++) {
            String body = "Session " + i + ": " + "the client spoke about the fear of being found out. ".repeat(1 + i % 20);
            NoteContent content = new NoteContent(start.plusDays(i), 50, SessionType.INDIVIDUAL, Modality.IN_PERSON,
                    Attendance.ATTENDED, NoteFormat.DAP, "Session " + i, List.of(
                    new NoteSectionText(Section.DATA, body),
                    new NoteSectionText(Section.ASSESSMENT, "Assessment " + i),
                    new NoteSectionText(Section.PLAN, "Plan " + i)), "private " + i, List.of(), List.of(), List.of());
            long id = notes.createDraft(client, content);
            if (i % 3 == 0) {
                notes.sign(id, "Dr Imaginary", Instant.parse("2026-11-21T10:00:00Z"));
            }
            audit.append(AuditAction.NOTE_CREATED, "Dr Imaginary", client, id, null, Instant.parse("2026-11-21T10:00:00Z"));
            System.out.println("DURABLE " + id);
            System.out.flush();
        }
    }
}
