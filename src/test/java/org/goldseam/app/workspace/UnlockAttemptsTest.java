package org.goldseam.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.AuditEvent;
import org.goldseam.audit.AuditFilter;
import org.goldseam.audit.AuditService;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlockAttemptsTest {
    private static final Instant NINE = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock();

    @Test
    void wrongPassphrasesAreWrittenAtTheirOwnTimesBeforeTheUnlockAndThenForgotten() {
        UnlockAttempts attempts = new UnlockAttempts(clock);
        attempts.failed();
        clock.advance(Duration.ofSeconds(40));
        attempts.failed();
        assertThat(attempts.failedSinceLastUnlock()).containsExactly(NINE, NINE.plusSeconds(40));

        try (Vault vault = TestVaults.create(dir.resolve("v"))) {
            clock.advance(Duration.ofMinutes(1));
            AuditService audit = new AuditService(AuditRepository.of(vault), "Dr Ada Imaginary", clock);
            List<Throwable> failures = new ArrayList<>();
            attempts.recordUnlock(audit, BackgroundTasks.synchronous(), failures::add);

            assertThat(failures).isEmpty();
            assertThat(attempts.failedSinceLastUnlock()).isEmpty();
            List<AuditEvent> after = audit.list(new AuditFilter(NINE, null, null, null, null));
            assertThat(after).extracting(AuditEvent::action)
                    .containsExactly(AuditAction.FAILED_UNLOCK, AuditAction.FAILED_UNLOCK, AuditAction.UNLOCK);
            assertThat(after).extracting(e -> e.occurredAt().toInstant())
                    .containsExactly(NINE, NINE.plusSeconds(40), NINE.plusSeconds(100));
            assertThat(after.get(2).detail()).isEqualTo("desktop");
            assertThat(after).allSatisfy(e -> assertThat(e.actor()).isEqualTo("Dr Ada Imaginary"));

            // the next unlock has nothing left to report
            attempts.recordUnlock(audit, BackgroundTasks.synchronous(), failures::add);
            assertThat(audit.list(new AuditFilter(NINE, null, AuditAction.FAILED_UNLOCK, null, null))).hasSize(2);
            assertThat(audit.verify().intact()).isTrue();
        }
    }

    @Test
    void attemptsThatCouldNotBeWrittenAreKeptForTheNextUnlock() {
        UnlockAttempts attempts = new UnlockAttempts(clock);
        attempts.failed();
        Vault vault = TestVaults.create(dir.resolve("v"));
        AuditService audit = new AuditService(AuditRepository.of(vault), "Dr Ada Imaginary", clock);
        vault.close();
        List<Throwable> failures = new ArrayList<>();

        attempts.recordUnlock(audit, BackgroundTasks.synchronous(), failures::add);

        assertThat(failures).hasSize(1);
        assertThat(attempts.failedSinceLastUnlock()).containsExactly(NINE);
    }

    /** A clock the test moves forward by hand. */
    private static final class SteppingClock extends Clock {
        private Instant now = NINE;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
