package org.goldseam.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock the demo moves to each planned moment, so that services which stamp "now" record the
 * session's own time and the same seed gives the same vault on any day.
 */
public final class SettableClock extends Clock {
    private final ZoneId zone;
    private Instant now;

    public SettableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void set(Instant instant) {
        this.now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SettableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
