package org.goldseam.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AutoLockTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-21T09:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }

        void advance(Duration by) { now = now.plus(by); }
    }

    private final ManualClock clock = new ManualClock();
    private int locks;
    private final AutoLock autoLock = new AutoLock(clock, Duration.ofMinutes(10), () -> locks++);

    @Test
    void locksAfterTenIdleMinutesAndOnlyOnce() {
        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        autoLock.tick();
        assertThat(locks).isZero();

        clock.advance(Duration.ofSeconds(1));
        autoLock.tick();
        autoLock.tick();
        assertThat(locks).isEqualTo(1);
    }

    @Test
    void activityPostponesTheLock() {
        clock.advance(Duration.ofMinutes(8));
        autoLock.activity();
        clock.advance(Duration.ofMinutes(8));
        autoLock.tick();
        assertThat(locks).isZero();
        clock.advance(Duration.ofMinutes(2));
        autoLock.tick();
        assertThat(locks).isEqualTo(1);
    }

    @Test
    void afterUnlockTheIdleTimeCountsAfresh() {
        clock.advance(Duration.ofMinutes(10));
        autoLock.tick();
        clock.advance(Duration.ofMinutes(30)); // the clinician was away
        autoLock.rearm();
        clock.advance(Duration.ofMinutes(5));
        autoLock.tick();
        assertThat(locks).isEqualTo(1);
    }

    @Test
    void aShorterLimitFromPreferencesTakesEffect() {
        autoLock.setIdleLimit(Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(2));
        autoLock.tick();
        assertThat(locks).isEqualTo(1);
    }
}
