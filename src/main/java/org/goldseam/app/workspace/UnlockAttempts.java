package org.goldseam.app.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.audit.AuditService;

/**
 * The wrong-passphrase attempts since the last successful unlock. While the vault is locked its
 * audit trail cannot be written, so the times are kept here, in memory only, and written into the
 * trail by {@link #recordUnlock} once the right passphrase opens it. Called on the event thread.
 */
public final class UnlockAttempts {
    /** The channel named in the unlock entry, as {@link AuditService#unlocked} asks for. */
    public static final String DESKTOP = "desktop";

    private final Clock clock;
    private final List<Instant> failed = new ArrayList<>();

    public UnlockAttempts(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /** A passphrase was refused as wrong, now. */
    public void failed() {
        failed.add(clock.instant());
    }

    public List<Instant> failedSinceLastUnlock() {
        return List.copyOf(failed);
    }

    /**
     * Writes the failed attempts and then the unlock into the just opened vault's trail, on the vault
     * worker. The attempts are forgotten only once they are written: if writing fails they stay, and
     * the next unlock records them.
     */
    public void recordUnlock(AuditService audit, BackgroundTasks tasks, Consumer<Throwable> onFailure) {
        List<Instant> toRecord = List.copyOf(failed);
        tasks.run(() -> {
            audit.unlocked(DESKTOP, toRecord);
            return toRecord.size();
        }, recorded -> failed.subList(0, Math.min(recorded, failed.size())).clear(), onFailure);
    }
}
