package org.goldseam.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.testing.NoteSamples;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClientRepositoryTest {
    private static final Instant CREATED = Instant.parse("2026-11-21T10:00:00.123456Z");
    private static final Instant EDITED = Instant.parse("2026-11-22T08:30:00Z");

    @TempDir
    Path dir;
    Vault vault;
    DSLContext dsl;
    ClientRepository clients;

    @BeforeEach
    void open() {
        vault = TestVaults.create(dir.resolve("vault"));
        dsl = vault.database().dsl();
        clients = new ClientRepository(dsl, Clock.fixed(CREATED, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private static ClientDetails everyField(String name) {
        return new ClientDetails(name, "Zo 🌻", "she/her", LocalDate.of(1991, 2, 28), "zoe.example@example.org",
                "+44 20 7946 0000", "Flat 2, 10 Invented Road,\nLondon, \"Testshire\"", "李小龙", "+1 555 0100",
                "Brüder / sibling", "Self-referred via an invented clinic", LocalDate.of(2025, 3, 14));
    }

    @Test
    void everyFieldIsReadBackAsWrittenIncludingNonLatinNamesAndEmoji() {
        long id = clients.insert(everyField("Zoë Łukasz-Ørsted"));

        Client read = clients.findById(id).orElseThrow();

        OffsetDateTime created = CREATED.atOffset(ZoneOffset.UTC);
        ClientDetails d = everyField("Zoë Łukasz-Ørsted");
        assertThat(read).isEqualTo(new Client(id, d.fullName(), d.preferredName(), d.pronouns(), d.dateOfBirth(),
                d.email(), d.phone(), d.address(), d.emergencyContactName(), d.emergencyContactPhone(),
                d.emergencyContactRelation(), d.referralSource(), d.intakeDate(), ClientStatus.ACTIVE, null,
                created, created));
        assertThat(read.details()).isEqualTo(d);
    }

    @Test
    void updateReplacesEveryEditableFieldClearsEmptiedOnesAndKeepsCreationTime() {
        long id = clients.insert(everyField("Zoë Łukasz-Ørsted"));
        ClientRepository later = new ClientRepository(dsl, Clock.fixed(EDITED, ZoneOffset.UTC));
        ClientDetails changed = ClientDetails.of("Zoë Ørsted", LocalDate.of(2025, 4, 1));

        later.update(id, changed);

        Client read = clients.findById(id).orElseThrow();
        assertThat(read.details()).isEqualTo(changed);
        assertThat(read.preferredName()).isNull();
        assertThat(read.emergencyContactName()).isNull();
        assertThat(read.createdAt()).isEqualTo(CREATED.atOffset(ZoneOffset.UTC));
        assertThat(read.updatedAt()).isEqualTo(EDITED.atOffset(ZoneOffset.UTC));
        assertThatThrownBy(() -> later.update(id + 999, changed)).isInstanceOf(NoSuchElementException.class);
    }

    @ParameterizedTest
    @EnumSource(ClientStatus.class)
    void everyStatusIsAcceptedByTheSchemaAndReadBack(ClientStatus status) {
        long id = clients.insert(ClientDetails.of("Søren Berg", LocalDate.of(2025, 1, 6)));

        if (status == ClientStatus.DISCHARGED) {
            clients.discharge(id, LocalDate.of(2026, 6, 30));
        } else {
            clients.changeStatus(id, status);
        }

        Client read = clients.findById(id).orElseThrow();
        assertThat(read.status()).isEqualTo(status);
        assertThat(read.dischargeDate()).isEqualTo(status == ClientStatus.DISCHARGED ? LocalDate.of(2026, 6, 30) : null);
        assertThat(ClientStatus.fromDb(status.dbValue())).isEqualTo(status);
    }

    @Test
    void readmittingADischargedClientClearsTheDischargeDate() {
        long id = clients.insert(ClientDetails.of("Søren Berg", LocalDate.of(2025, 1, 6)));
        clients.discharge(id, LocalDate.of(2026, 6, 30));

        clients.changeStatus(id, ClientStatus.ACTIVE);

        assertThat(clients.findById(id).orElseThrow().dischargeDate()).isNull();
    }

    @Test
    void aDischargeBeforeIntakeIsRefusedAndTheClientStaysActive() {
        long id = clients.insert(ClientDetails.of("Søren Berg", LocalDate.of(2025, 1, 6)));

        assertThatThrownBy(() -> clients.discharge(id, LocalDate.of(2024, 12, 31)))
                .isInstanceOf(DataAccessException.class);

        assertThat(clients.findById(id).orElseThrow().status()).isEqualTo(ClientStatus.ACTIVE);
    }

    @Test
    void listIsOrderedByNameIgnoringCaseAndShowsTheLatestAttendedSession() {
        SessionNoteRepository notes = new SessionNoteRepository(dsl, TestVaults.CLOCK);
        long bea = clients.insert(ClientDetails.of("Bea Quist", LocalDate.of(2025, 1, 6)));
        long ada = clients.insert(ClientDetails.of("ada Nakamura", LocalDate.of(2025, 1, 6)));
        long li = clients.insert(ClientDetails.of("李小龙", LocalDate.of(2025, 1, 6)));
        notes.createDraft(bea, NoteSamples.dap(OffsetDateTime.parse("2026-10-01T09:00:00Z"), Attendance.ATTENDED));
        notes.createDraft(bea, NoteSamples.dap(OffsetDateTime.parse("2026-11-10T23:30:00-05:00"), Attendance.ATTENDED));
        // later sessions the client did not attend do not count as their last session
        notes.createDraft(bea, NoteSamples.dap(OffsetDateTime.parse("2026-11-17T09:00:00Z"), Attendance.NO_SHOW));
        notes.createDraft(bea, NoteSamples.dap(OffsetDateTime.parse("2026-11-18T09:00:00Z"), Attendance.LATE_CANCEL));
        notes.createDraft(ada, NoteSamples.dap(OffsetDateTime.parse("2026-11-19T09:00:00Z"), Attendance.CANCELLED));

        var list = clients.listAll();

        assertThat(list).extracting(ClientSummary::id).containsExactly(ada, bea, li);
        ClientSummary beaRow = list.get(1);
        assertThat(beaRow.fullName()).isEqualTo("Bea Quist");
        assertThat(beaRow.status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(beaRow.lastSessionStartsAt()).isEqualTo(OffsetDateTime.parse("2026-11-11T04:30:00Z"));
        assertThat(beaRow.lastSessionDate(ZoneId.of("America/New_York"))).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(list.get(0).lastSessionStartsAt()).isNull();
        assertThat(list.get(0).lastSessionDate(ZoneOffset.UTC)).isNull();
        assertThat(list.get(2).lastSessionStartsAt()).isNull();
    }

    @Test
    void aDischargedStatusCannotBeSetWithoutItsDate() {
        long id = clients.insert(ClientDetails.of("Søren Berg", LocalDate.of(2025, 1, 6)));

        assertThatThrownBy(() -> clients.changeStatus(id, ClientStatus.DISCHARGED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientDetails.of("   ", LocalDate.of(2025, 1, 6)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
