package org.goldseam.app.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import org.goldseam.backup.AutomaticBackups;
import org.goldseam.backup.BackupKind;
import org.goldseam.backup.BackupProgress;
import org.goldseam.backup.BackupResult;
import org.goldseam.backup.BackupService;
import org.goldseam.backup.BackupSettings;
import org.goldseam.vault.Vault;
import org.goldseam.vault.Vaults;
import org.jspecify.annotations.Nullable;

/**
 * The desktop app's backups of one open vault: a daily one while it is open (on a thread of its
 * own, so note-taking never waits for it), one as the app closes, and "Back up now". A failure is
 * reported to the clinician, never swallowed.
 */
public final class VaultBackups {
    private final Vault vault;
    private final BackupService service;
    private final BackupSettings settings;
    private final AutomaticBackups automatic;
    private @Nullable ScheduledExecutorService daily;
    private @Nullable ScheduledFuture<?> schedule;

    /** @param folder the backup folder from the preferences, or null for the default beside the vault */
    public VaultBackups(Vault vault, Vaults vaults, Clock clock, String actor, @Nullable Path folder) {
        this.vault = vault;
        this.service = new BackupService(vaults, clock, actor);
        BackupSettings defaults = BackupSettings.defaults(vault.files());
        this.settings = folder == null ? defaults : defaults.inFolder(folder);
        this.automatic = new AutomaticBackups(service, settings, clock);
    }

    /**
     * Starts the daily check: every half hour a timer queues it on {@code tasks}' vault lane, so a
     * backup never runs beside a closing vault (a lock waits for it). {@code onFailure} gets a
     * clinician-readable message on the delivery thread.
     */
    public void startDaily(org.goldseam.app.tasks.BackgroundTasks tasks, Consumer<String> onFailure) {
        daily = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "goldseam-daily-backup-timer");
            thread.setDaemon(true);
            return thread;
        });
        schedule = daily.scheduleWithFixedDelay(() -> tasks.run(() -> vault.isClosed() ? null
                : automatic.runIfDue(vault, org.goldseam.backup.BackupProgress.NONE), outcome -> {
                    if (outcome instanceof AutomaticBackups.Outcome.Failed failed) {
                        onFailure.accept(failed.message());
                    }
                }, error -> { }), 0, CHECK_EVERY_MINUTES, java.util.concurrent.TimeUnit.MINUTES);
    }

    private static final long CHECK_EVERY_MINUTES = 30;

    /** The manual backup; run it on the vault worker. */
    public BackupResult backUpNow() {
        return service.backUp(vault, settings, BackupKind.MANUAL, BackupProgress.NONE);
    }

    /** Stops the daily check and, when {@code onClose}, takes the closing backup; returns a failure message or null. */
    public @Nullable String stop(boolean onClose) {
        if (schedule != null) {
            schedule.cancel(false);
        }
        if (daily != null) {
            daily.shutdown();
        }
        if (!onClose) {
            return null;
        }
        return automatic.beforeClose(vault, BackupProgress.NONE) instanceof AutomaticBackups.Outcome.Failed failed
                ? failed.message() : null;
    }

    public Path folder() {
        return settings.folder();
    }
}
