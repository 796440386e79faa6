package org.goldseam.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.AuditService;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.clients.ClientDetails;
import org.goldseam.testing.Tampering;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogPresenterTest {
    /** Days are the clinician's: 03:00 UTC on the 21st is still the evening of the 20th here. */
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String ZOE = "Zoë Łukasz-Ørsted";

    @TempDir
    Path dir;

    private long zoe;
    private long gone;

    /** A trail of a few entries on known days, for one client who exists and one who was deleted. */
    private VaultServices servicesWithTrail(Vault vault) {
        VaultServices services = VaultServices.of(vault, TestVaults.CLOCK);
        // written straight through the repositories: the trail holds exactly the entries below
        ClientRepository clients = new ClientRepository(vault.database().dsl(), TestVaults.CLOCK);
        zoe = clients.insert(ClientDetails.of(ZOE, LocalDate.of(2026, 2, 3)));
        gone = clients.insert(ClientDetails.of("Søren Berg", LocalDate.of(2026, 2, 3)));
        clients.delete(gone);
        AuditRepository trail = AuditRepository.of(vault);
        trail.append(AuditAction.CLIENT_VIEWED, "Dr Ada Imaginary", gone, null, null, Instant.parse("2026-11-19T15:00:00Z"));
        trail.append(AuditAction.CLIENT_VIEWED, "Dr Ada Imaginary", zoe, null, null, Instant.parse("2026-11-21T03:00:00Z"));
        trail.append(AuditAction.NOTE_SIGNED, "Dr Ada Imaginary", zoe, 41L, null, Instant.parse("2026-11-21T16:00:00Z"));
        trail.append(AuditAction.EXPORT, "Dr Ada Imaginary", zoe, null, "record: zoe.pdf", Instant.parse("2026-11-22T12:00:00Z"));
        return services;
    }

    private AuditLogPresenter presenter(VaultServices services) {
        return new AuditLogPresenter(new AuditService(services.audit(), "Dr Ada Imaginary", TestVaults.CLOCK),
                services.clients(), BackgroundTasks.synchronous(), NEW_YORK);
    }

    @Test
    void showsTheTrailInWordsAndLocalTimeNamesClientsThatStillExistAndChecksTheChain() {
        try (Vault vault = TestVaults.create(dir.resolve("v"))) {
            AuditLogPresenter log = presenter(servicesWithTrail(vault));
            log.open();

            List<AuditRow> rows = log.rows();
            assertThat(rows).extracting(AuditRow::action).endsWith("Client record opened", "Client record opened",
                    "Note signed", "Exported");
            AuditRow signed = rows.get(rows.size() - 2);
            assertThat(signed.time()).isEqualTo("21 Nov 2026, 11:00:00");
            assertThat(signed.client()).isEqualTo(zoe + " \u2014 " + ZOE);
            assertThat(signed.noteId()).isEqualTo("41");
            assertThat(rows.get(rows.size() - 4).client()).as("a deleted client shows only the id").isEqualTo(String.valueOf(gone));
            assertThat(rows.get(rows.size() - 1).detail()).isEqualTo("record: zoe.pdf");
            assertThat(log.clientChoices()).extracting(ClientChoice::label)
                    .containsExactly("All clients", ZOE + " (" + zoe + ")", "Client " + gone + " (deleted)");
            assertThat(log.chain()).isEqualTo("Audit chain intact \u2014 " + rows.size() + " entries");
            assertThat(log.problem()).isNull();
        }
    }

    @Test
    void filtersByLocalDaysActionAndClientAndKeepsTheListWhenADateCannotBeRead() {
        try (Vault vault = TestVaults.create(dir.resolve("v"))) {
            AuditLogPresenter log = presenter(servicesWithTrail(vault));
            log.open();
            List<AuditLogPresenter.Property> announced = new ArrayList<>();
            log.addListener(AuditLogPresenter.Property.ROWS, e -> announced.add(AuditLogPresenter.Property.ROWS));

            log.setFromText("2026-11-20");
            log.setUntilText("2026-11-20");
            assertThat(log.rows()).extracting(AuditRow::time).containsExactly("20 Nov 2026, 22:00:00");

            log.setUntilText("20/11/2026");
            assertThat(log.problem()).startsWith("\u201cUntil\u201d: write the day as year-month-day");
            assertThat(log.rows()).hasSize(1);
            log.setUntilText("2026-11-19");
            assertThat(log.problem()).contains("is before the \u201cfrom\u201d day");
            assertThat(log.rows()).hasSize(1);

            log.setUntilText("");
            assertThat(log.problem()).isNull();
            log.setAction(AuditAction.CLIENT_VIEWED);
            assertThat(log.rows()).extracting(AuditRow::client).containsExactly(zoe + " \u2014 " + ZOE);
            log.setAction(null);
            log.setClient(zoe);
            assertThat(log.rows()).extracting(AuditRow::action).containsExactly("Client record opened", "Note signed", "Exported");
            int announcements = announced.size();
            log.setClient(zoe);
            assertThat(announced).as("the same filter again changes nothing").hasSize(announcements);

            log.clear();
            assertThat(log.rows()).isEmpty();
            assertThat(log.clientChoices()).containsExactly(ClientChoice.ALL);
        }
    }

    @Test
    void exportsExactlyTheRowsShownAsCsv() throws Exception {
        try (Vault vault = TestVaults.create(dir.resolve("v"))) {
            AuditLogPresenter log = presenter(servicesWithTrail(vault));
            log.open();
            log.setClient(zoe);
            log.setFromText("2026-11-21");
            Path file = dir.resolve("out").resolve("audit.csv");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "an older export");

            log.exportCsv(file);

            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).isEqualTo("id,occurred_at,action,actor,client_id,note_id,detail");
            assertThat(lines.get(1)).endsWith(",2026-11-21T16:00:00Z,note_signed,Dr Ada Imaginary," + zoe + ",41,");
            assertThat(lines.get(2)).endsWith(",2026-11-22T12:00:00Z,export,Dr Ada Imaginary," + zoe + ",,record: zoe.pdf");
            assertThat(log.notice()).isEqualTo("Wrote 2 entries to audit.csv in " + file.getParent() + ".");
            try (var left = Files.list(file.getParent())) {
                assertThat(left).as("no partial file left behind").containsExactly(file);
            }

            log.exportCsv(dir.resolve("no such folder").resolve("audit.csv"));
            assertThat(log.problem()).startsWith("The file audit.csv could not be written");
        }
    }

    @Test
    void aChangedEntryIsReportedInTheStatusLine() {
        try (Vault vault = TestVaults.create(dir.resolve("v"))) {
            VaultServices services = servicesWithTrail(vault);
            Tampering.removeAuditGuard(vault.database().dsl());
            long signed = services.audit().list(org.goldseam.audit.AuditFilter.forNote(41)).get(0).id();
            vault.database().dsl().execute("UPDATE AUDIT_EVENT SET ACTOR = 'someone else' WHERE ID = " + signed);

            AuditLogPresenter log = presenter(services);
            log.open();

            assertThat(log.chain()).startsWith("Audit chain broken at entry " + signed + ":");
        }
    }
}
