package org.goldseam.clients.persistence;

import static org.goldseam.db.Tables.CLIENT;
import static org.goldseam.db.Tables.SESSION_NOTE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.goldseam.clients.Client;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.ClientStatus;
import org.goldseam.clients.ClientSummary;
import org.goldseam.framework.model.CountedSessions;
import org.goldseam.db.tables.records.ClientRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** Clients: the {@code client} table. Deleting a client removes its whole record (ON DELETE CASCADE). */
public final class ClientRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public ClientRepository(DSLContext dsl) {
        this(dsl, Clock.systemUTC());
    }

    public ClientRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Adds an active client and returns its id. */
    public long insert(ClientDetails details) {
        OffsetDateTime now = now();
        ClientRecord row = dsl.newRecord(CLIENT);
        copy(details, row);
        row.setStatus(ClientStatus.ACTIVE.dbValue());
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
        row.store();
        return row.getId();
    }

    /** Replaces the editable fields; status and discharge date stay as they are. */
    public void update(long id, ClientDetails details) {
        ClientRecord row = dsl.newRecord(CLIENT);
        copy(details, row);
        row.setUpdatedAt(now());
        int updated = dsl.update(CLIENT).set(row).where(CLIENT.ID.eq(id)).execute();
        requireFound(updated, id);
    }

    public Optional<Client> findById(long id) {
        return dsl.selectFrom(CLIENT).where(CLIENT.ID.eq(id)).fetchOptional().map(ClientRepository::toClient);
    }

    /**
     * Every client, by name ignoring case, each with the start of their latest attended session
     * (drafts count: the session took place whether or not its note is signed yet), in one query.
     */
    public List<ClientSummary> listAll() {
        return summaries(DSL.trueCondition());
    }

    /** The list line of one client (to refresh it after a note changed), or empty if there is none. */
    public Optional<ClientSummary> summary(long id) {
        return summaries(CLIENT.ID.eq(id)).stream().findFirst();
    }

    private List<ClientSummary> summaries(org.jooq.Condition which) {
        Field<OffsetDateTime> lastSession = DSL.max(SESSION_NOTE.STARTS_AT).as("last_session");
        return dsl.select(CLIENT.ID, CLIENT.FULL_NAME, CLIENT.PREFERRED_NAME, CLIENT.STATUS, lastSession)
                .from(CLIENT)
                .leftJoin(SESSION_NOTE)
                .on(SESSION_NOTE.CLIENT_ID.eq(CLIENT.ID).and(SESSION_NOTE.ATTENDANCE.in(CountedSessions.ATTENDANCE_VALUES)))
                .where(which)
                .groupBy(CLIENT.ID, CLIENT.FULL_NAME, CLIENT.PREFERRED_NAME, CLIENT.STATUS)
                .orderBy(DSL.lower(CLIENT.FULL_NAME), CLIENT.FULL_NAME, CLIENT.ID)
                .fetch(r -> new ClientSummary(r.value1(), r.value2(), r.value3(), ClientStatus.fromDb(r.value4()),
                        utcOrNull(r.value5())));
    }

    /** Ends treatment on {@code dischargeDate}, which must not be before the intake date. */
    public void discharge(long id, LocalDate dischargeDate) {
        Objects.requireNonNull(dischargeDate, "dischargeDate");
        int updated = dsl.update(CLIENT)
                .set(CLIENT.STATUS, ClientStatus.DISCHARGED.dbValue())
                .set(CLIENT.DISCHARGE_DATE, dischargeDate)
                .set(CLIENT.UPDATED_AT, now())
                .where(CLIENT.ID.eq(id))
                .execute();
        requireFound(updated, id);
    }

    /** Sets a client active or paused, which also clears any discharge date (re-admission). */
    public void changeStatus(long id, ClientStatus status) {
        if (status == ClientStatus.DISCHARGED) {
            throw new IllegalArgumentException("use discharge(id, date): a discharge needs its date");
        }
        int updated = dsl.update(CLIENT)
                .set(CLIENT.STATUS, status.dbValue())
                .setNull(CLIENT.DISCHARGE_DATE)
                .set(CLIENT.UPDATED_AT, now())
                .where(CLIENT.ID.eq(id))
                .execute();
        requireFound(updated, id);
    }

    /**
     * Deletes the client and, through the schema's cascades, every note, section, private note,
     * observation, goal and measure of theirs. Returns false if there was no such client.
     */
    public boolean delete(long id) {
        return dsl.deleteFrom(CLIENT).where(CLIENT.ID.eq(id)).execute() == 1;
    }

    private static void copy(ClientDetails d, ClientRecord row) {
        row.setFullName(d.fullName());
        row.setPreferredName(d.preferredName());
        row.setPronouns(d.pronouns());
        row.setDateOfBirth(d.dateOfBirth());
        row.setEmail(d.email());
        row.setPhone(d.phone());
        row.setAddress(d.address());
        row.setEmergencyContactName(d.emergencyContactName());
        row.setEmergencyContactPhone(d.emergencyContactPhone());
        row.setEmergencyContactRelation(d.emergencyContactRelation());
        row.setReferralSource(d.referralSource());
        row.setIntakeDate(d.intakeDate());
    }

    private static Client toClient(ClientRecord r) {
        return new Client(r.getId(), r.getFullName(), r.getPreferredName(), r.getPronouns(), r.getDateOfBirth(),
                r.getEmail(), r.getPhone(), r.getAddress(), r.getEmergencyContactName(), r.getEmergencyContactPhone(),
                r.getEmergencyContactRelation(), r.getReferralSource(), r.getIntakeDate(),
                ClientStatus.fromDb(r.getStatus()), r.getDischargeDate(), utc(r.getCreatedAt()), utc(r.getUpdatedAt()));
    }

    private static void requireFound(int updated, long id) {
        if (updated == 0) {
            throw new NoSuchElementException("no client with id " + id);
        }
    }

    /** The database keeps microseconds; truncating here makes what is written equal what is read. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(OffsetDateTime value) {
        return value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static @Nullable OffsetDateTime utcOrNull(@Nullable OffsetDateTime value) {
        return value == null ? null : utc(value);
    }
}
