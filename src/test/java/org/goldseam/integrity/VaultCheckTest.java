package org.goldseam.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldseam.db.Tables.AUDIT_EVENT;
import static org.goldseam.db.Tables.NOTE_SECTION;
import static org.goldseam.db.Tables.SESSION_NOTE;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.goldseam.app.cli.CliRun;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.testing.NoteSamples;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code goldseam check} finds what was changed behind Goldseam's back, and only that. */
class VaultCheckTest {
    private static final OffsetDateTime SESSION = OffsetDateTime.of(2026, 10, 6, 14, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private long noteId;

    private Path vaultWithASignedNoteAndAuditTrail() {
        Path folder = dir.resolve("vault");
        try (Vault vault = TestVaults.create(folder)) {
            var dsl = vault.database().dsl();
            long client = new ClientRepository(dsl).insert(ClientDetails.of("Søren Ólafsson", SESSION.toLocalDate()));
            var notes = new SessionNoteRepository(dsl);
            noteId = notes.createDraft(client, NoteSamples.dap(SESSION, Attendance.ATTENDED));
            notes.sign(noteId, "Dr Imaginary Clinician", Instant.parse("2026-10-06T16:00:00Z"));
            var audit = new AuditRepository(dsl);
            audit.append(AuditAction.NOTE_CREATED, "clinician", client, noteId, null, Instant.parse("2026-10-06T15:00:00Z"));
            audit.append(AuditAction.NOTE_SIGNED, "clinician", client, noteId, null, Instant.parse("2026-10-06T16:00:00Z"));
        }
        return folder;
    }

    @Test
    void anUntouchedVaultIsSound() throws Exception {
        Path folder = vaultWithASignedNoteAndAuditTrail();
        CliRun run = CliRun.run("check", "--data-dir", folder.toString(),
                "--passphrase-file", CliRun.defaultPassphraseFile(dir).toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 signed notes match their signatures")
                .contains("audit trail of 2 events is unbroken").contains("the database refuses changes to the audit trail").contains("The vault is sound.");
    }

    @Test
    void aSignedNoteAlteredInTheDatabaseIsReported() throws Exception {
        Path folder = vaultWithASignedNoteAndAuditTrail();
        try (Vault vault = TestVaults.open(folder)) {
            vault.database().dsl().update(NOTE_SECTION)
                    .set(NOTE_SECTION.BODY, "Client described a calm week.")
                    .where(NOTE_SECTION.NOTE_ID.eq(noteId)).and(NOTE_SECTION.SECTION.eq("data")).execute();
        }
        CliRun run = CliRun.run("check", "--data-dir", folder.toString(),
                "--passphrase-file", CliRun.defaultPassphraseFile(dir).toString());

        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.out()).contains("PROBLEM  signed notes: note " + noteId)
                .contains("no longer matches the hash").contains("1 problem(s) found")
                // the report names ids and dates, never note text
                .doesNotContain("calm week");
    }

    @Test
    void aChangedSignerOrSigningTimeIsReportedLikeAChangedWord() throws Exception {
        Path folder = vaultWithASignedNoteAndAuditTrail();
        try (Vault vault = TestVaults.open(folder)) {
            vault.database().dsl().update(SESSION_NOTE).set(SESSION_NOTE.SIGNED_BY, "Dr Someone Else")
                    .where(SESSION_NOTE.ID.eq(noteId)).execute();
        }
        assertThat(check().out()).contains("PROBLEM  signed notes: note " + noteId).contains("1 problem(s) found");

        try (Vault vault = TestVaults.open(folder)) {
            vault.database().dsl().update(SESSION_NOTE).set(SESSION_NOTE.SIGNED_BY, "Dr Imaginary Clinician")
                    .where(SESSION_NOTE.ID.eq(noteId)).execute();
        }
        assertThat(check().exitCode()).as("put back as it was").isZero();

        try (Vault vault = TestVaults.open(folder)) {
            // signed the day before: it would no longer look like a late entry
            vault.database().dsl().update(SESSION_NOTE)
                    .set(SESSION_NOTE.SIGNED_AT, OffsetDateTime.parse("2026-10-06T15:00:00Z"))
                    .where(SESSION_NOTE.ID.eq(noteId)).execute();
        }
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.out()).contains("PROBLEM  signed notes: note " + noteId);
    }

    @Test
    void aNoteSignedBeforeSignersWereCoveredStillVerifiesByItsContent() throws Exception {
        Path folder = vaultWithASignedNoteAndAuditTrail();
        try (Vault vault = TestVaults.open(folder)) {
            var dsl = vault.database().dsl();
            var note = new SessionNoteRepository(dsl).findById(noteId).orElseThrow();
            // what schema version 5 leaves behind for a note signed under version 1
            dsl.update(SESSION_NOTE).set(SESSION_NOTE.HASH_VERSION, (short) 1)
                    .set(SESSION_NOTE.CONTENT_HASH, org.goldseam.notes.NoteContentHash.of(note.clientId(), note.content()))
                    .where(SESSION_NOTE.ID.eq(noteId)).execute();
        }
        assertThat(check().exitCode()).isZero();

        try (Vault vault = TestVaults.open(folder)) {
            vault.database().dsl().update(NOTE_SECTION).set(NOTE_SECTION.BODY, "Client described a calm week.")
                    .where(NOTE_SECTION.NOTE_ID.eq(noteId)).and(NOTE_SECTION.SECTION.eq("data")).execute();
        }
        assertThat(check().out()).contains("PROBLEM  signed notes: note " + noteId);
    }

    private CliRun check() throws java.io.IOException {
        return CliRun.run("check", "--data-dir", dir.resolve("vault").toString(),
                "--passphrase-file", CliRun.defaultPassphraseFile(dir).toString());
    }

    @Test
    void anAlteredAuditEventIsReported() throws Exception {
        Path folder = vaultWithASignedNoteAndAuditTrail();
        try (Vault vault = TestVaults.open(folder)) {
            org.goldseam.testing.Tampering.removeAuditGuard(vault.database().dsl());
            vault.database().dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "someone else")
                    .where(AUDIT_EVENT.ACTION.eq("note_signed")).execute();
        }
        CliRun run = CliRun.run("check", "--data-dir", folder.toString(),
                "--passphrase-file", CliRun.defaultPassphraseFile(dir).toString());

        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.out()).contains("PROBLEM  audit trail");
    }
}
