package org.goldseam.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldseam.db.Tables.SESSION_NOTE;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.testing.NoteSamples;
import org.goldseam.testing.TestVaults;
import org.goldseam.testing.VaultDowngrade;
import org.goldseam.vault.Vault;
import org.goldseam.vault.persistence.VaultStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vault whose notes were signed before signatures covered the signer (schema version 4) opens
 * under version 5 (and on, to the current version) with those notes still verifying by their
 * content, and notes signed afterwards carry the version that covers who signed and when.
 */
class SignatureUpgradeTest {
    private static final OffsetDateTime SESSION = OffsetDateTime.of(2026, 9, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void notesSignedUnderSchema4KeepTheirHashAndVerifyAfterTheUpgrade() {
        Path folder = dir.resolve("vault");
        long oldNote;
        String oldHash;
        try (Vault vault = TestVaults.create(folder)) {
            var dsl = vault.database().dsl();
            long client = new ClientRepository(dsl).insert(ClientDetails.of("Łukasz Zoë 李", SESSION.toLocalDate()));
            var notes = new SessionNoteRepository(dsl);
            oldNote = notes.createDraft(client, NoteSamples.dap(SESSION, Attendance.ATTENDED));
            SessionNote signed = notes.sign(oldNote, "Dr Imaginary Clinician", Instant.parse("2026-09-01T11:00:00Z"));
            oldHash = NoteContentHash.of(client, signed.content());
            // back to what a schema-4 Goldseam wrote: first without version 6 (labels at signing, the clinician) ...
            VaultDowngrade.toSchema5(dsl);
            // ... then the content-only hash and no version column
            dsl.update(SESSION_NOTE).set(SESSION_NOTE.CONTENT_HASH, oldHash).where(SESSION_NOTE.ID.eq(oldNote)).execute();
            dsl.execute("ALTER TABLE session_note DROP CONSTRAINT ck_session_note_hash_version");
            dsl.execute("ALTER TABLE session_note DROP COLUMN hash_version");
            dsl.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '5'");
        }

        try (Vault vault = TestVaults.open(folder)) {
            var dsl = vault.database().dsl();
            assertThat(VaultStore.schemaStatus(vault.database()).appliedVersion()).isEqualTo(9);
            var notes = new SessionNoteRepository(dsl);
            SessionNote old = notes.findById(oldNote).orElseThrow();
            assertThat(old.hashVersion()).isEqualTo(1);
            assertThat(old.contentHash()).as("an old signature is never re-taken").isEqualTo(oldHash);
            assertThat(NoteIntegrity.verify(old)).isTrue();

            long newNote = notes.createDraft(old.clientId(), NoteSamples.dap(SESSION.plusWeeks(1), Attendance.ATTENDED));
            SessionNote fresh = notes.sign(newNote, "Dr Imaginary Clinician", Instant.parse("2026-09-08T11:00:00Z"));
            assertThat(fresh.hashVersion()).isEqualTo(2);
            assertThat(NoteIntegrity.verify(fresh)).isTrue();
        }
    }
}
