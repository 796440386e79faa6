package org.goldseam.app.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.goldseam.app.workspace.NoteContents;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.AuditFilter;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.framework.model.Category;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.summary.CancellationFlag;
import org.goldseam.summary.ProgressListener;
import org.goldseam.summary.SummaryOptions;
import org.goldseam.summary.SummaryPeriod;
import org.goldseam.summary.SummaryRequest;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change and its audit entry commit together or not at all. The real engine is made to refuse the
 * audit insert of one kind of entry (a check constraint added to {@code audit_event} in the test
 * vault only); the change the service was making must then be gone too, and nothing else is written.
 */
class AuditRollbackTest {
    private static final String ACTOR = "Dr Ada Imaginary, LCSW";

    @TempDir
    Path dir;

    private Vault vault;
    private VaultServices services;
    private long client;
    private long note;

    @BeforeEach
    void openVault() {
        vault = TestVaults.create(dir.resolve("vault"));
        services = VaultServices.of(vault, TestVaults.CLOCK, () -> ACTOR);
        // set up through the repositories: the trail starts empty
        client = new ClientRepository(vault.database().dsl()).insert(ClientDetails.of("Zoë Łukasz-Ørsted", LocalDate.of(2026, 1, 5)));
        note = new SessionNoteRepository(vault.database().dsl(), TestVaults.CLOCK).createDraft(client,
                NoteContents.blank(OffsetDateTime.parse("2026-11-12T15:00:00Z"), NoteFormat.DAP));
    }

    @AfterEach
    void closeVault() {
        services.search().close();
        vault.close();
    }

    /** From now on the database refuses every audit entry of {@code action}, as a full disk or a fault would. */
    private void auditInsertFailsFor(AuditAction action) {
        vault.database().dsl().execute("ALTER TABLE audit_event ADD CONSTRAINT test_refuses_" + action.dbValue()
                + " CHECK (action <> '" + action.dbValue() + "')");
    }

    @Test
    void aSignatureWhoseEntryCannotBeWrittenIsNotStored() {
        auditInsertFailsFor(AuditAction.NOTE_SIGNED);

        assertThatThrownBy(() -> services.notes().sign(ACTOR, client, note)).isInstanceOf(RuntimeException.class);

        assertThat(services.notes().findById(note).orElseThrow().isSigned()).isFalse();
        assertThat(services.audit().list(AuditFilter.all())).isEmpty();
    }

    @Test
    void aClientWhoseEntryCannotBeWrittenIsNotAdded() {
        auditInsertFailsFor(AuditAction.CLIENT_CREATED);

        assertThatThrownBy(() -> services.clients().create(ACTOR, ClientDetails.of("Søren Berg", LocalDate.of(2026, 1, 5))))
                .isInstanceOf(RuntimeException.class);

        assertThat(services.clients().listAll()).extracting(c -> c.id()).containsExactly(client);
        assertThat(services.audit().list(AuditFilter.all())).isEmpty();
    }

    @Test
    void editedDetailsWhoseEntryCannotBeWrittenAreNotKept() {
        auditInsertFailsFor(AuditAction.CLIENT_EDITED);

        assertThatThrownBy(() -> services.clients().edit(ACTOR, client, ClientDetails.of("Someone Else", LocalDate.of(2026, 1, 5))))
                .isInstanceOf(RuntimeException.class);

        assertThat(services.clients().findById(client).orElseThrow().fullName()).isEqualTo("Zoë Łukasz-Ørsted");
    }

    @Test
    void aTaxonomyEntryWhoseEntryCannotBeWrittenIsNotAdded() {
        int before = services.framework().taxonomy().all().size();
        auditInsertFailsFor(AuditAction.TAXONOMY_CHANGED);

        assertThatThrownBy(() -> services.taxonomy().addCustom(ACTOR, Category.TRIGGER, "Moving house", "A move of home"))
                .isInstanceOf(RuntimeException.class);

        assertThat(services.framework().taxonomy().all()).hasSize(before);
    }

    @Test
    void aSummaryWhoseEntryCannotBeWrittenIsTakenBack() {
        auditInsertFailsFor(AuditAction.EXPORT);
        Path pdf = dir.resolve("summary.pdf");

        assertThatThrownBy(() -> Exports.summaries(vault, TestVaults.CLOCK, ACTOR).render(new SummaryRequest(client,
                new SummaryPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 21)), SummaryOptions.defaults(), pdf),
                ProgressListener.NONE, new CancellationFlag())).isInstanceOf(RuntimeException.class);

        assertThat(Files.exists(pdf)).isFalse();
    }

    @Test
    void withoutTheFaultTheSameSignatureIsStoredWithItsEntry() {
        services.notes().sign(ACTOR, client, note);

        assertThat(services.notes().findById(note).orElseThrow().isSigned()).isTrue();
        assertThat(services.audit().list(AuditFilter.all())).extracting(e -> e.action()).containsExactly(AuditAction.NOTE_SIGNED);
    }
}
