package org.goldseam.framework;

import static org.goldseam.db.Tables.CLIENT;
import static org.goldseam.db.Tables.SESSION_NOTE;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.goldseam.framework.persistence.wiring.FrameworkWiring;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.jooq.DSLContext;

/** A real encrypted vault with the framework wired to a clock that moves a day per reading. */
final class FrameworkFixture implements AutoCloseable {
    static final OffsetDateTime START = OffsetDateTime.parse("2026-03-02T09:00:00Z");

    final Vault vault;
    final DSLContext dsl;
    final ClinicalFramework framework;

    FrameworkFixture(Path folder) {
        vault = TestVaults.create(folder);
        dsl = vault.database().dsl();
        framework = FrameworkWiring.of(vault, new SteppingClock(START.toInstant()));
    }

    /** An invented client, inserted directly: the client aggregate belongs to another module. */
    long client(String name) {
        return dsl.insertInto(CLIENT)
                .set(CLIENT.FULL_NAME, name)
                .set(CLIENT.INTAKE_DATE, LocalDate.of(2026, 2, 1))
                .set(CLIENT.STATUS, "active")
                .set(CLIENT.CREATED_AT, START)
                .set(CLIENT.UPDATED_AT, START)
                .returning(CLIENT.ID)
                .fetchOne(CLIENT.ID);
    }

    long note(long clientId, OffsetDateTime startsAt) {
        return dsl.insertInto(SESSION_NOTE)
                .set(SESSION_NOTE.CLIENT_ID, clientId)
                .set(SESSION_NOTE.STARTS_AT, startsAt)
                .set(SESSION_NOTE.DURATION_MINUTES, 50)
                .set(SESSION_NOTE.SESSION_TYPE, "individual")
                .set(SESSION_NOTE.MODALITY, "in_person")
                .set(SESSION_NOTE.ATTENDANCE, "attended")
                .set(SESSION_NOTE.NOTE_FORMAT, "dap")
                .set(SESSION_NOTE.STATUS, "draft")
                .set(SESSION_NOTE.CREATED_AT, startsAt)
                .set(SESSION_NOTE.UPDATED_AT, startsAt)
                .returning(SESSION_NOTE.ID)
                .fetchOne(SESSION_NOTE.ID);
    }

    @Override
    public void close() {
        vault.close();
    }

    /** Each reading is one day after the previous one, so successive versions get distinct dates. */
    static final class SteppingClock extends Clock {
        private Instant next;

        SteppingClock(Instant first) {
            this.next = first;
        }

        @Override
        public synchronized Instant instant() {
            Instant now = next;
            next = next.plus(Duration.ofDays(1));
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
