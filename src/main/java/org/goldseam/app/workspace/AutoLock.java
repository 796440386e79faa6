package org.goldseam.app.workspace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Locks the vault after a stretch without keyboard or mouse activity. The UI reports activity and
 * calls {@link #tick} every few seconds; time comes from a {@link Clock} so tests need not wait.
 */
public final class AutoLock {
    private final Clock clock;
    private final Runnable lock;
    private Duration idleLimit;
    private Instant lastActivity;
    private boolean armed = true;

    public AutoLock(Clock clock, Duration idleLimit, Runnable lock) {
        this.clock = clock;
        this.idleLimit = idleLimit;
        this.lock = lock;
        this.lastActivity = clock.instant();
    }

    /** Any key or mouse event: cheap enough to call for every one. */
    public void activity() {
        lastActivity = clock.instant();
    }

    /** Locks (once) when the idle limit has passed since the last activity. */
    public void tick() {
        if (armed && !clock.instant().isBefore(lastActivity.plus(idleLimit))) {
            armed = false;
            lock.run();
        }
    }

    /** After unlocking: count idle time from now again. */
    public void rearm() {
        armed = true;
        lastActivity = clock.instant();
    }

    public void setIdleLimit(Duration limit) {
        this.idleLimit = limit;
    }

    public Duration idleLimit() {
        return idleLimit;
    }
}
