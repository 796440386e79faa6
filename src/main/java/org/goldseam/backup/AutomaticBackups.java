package org.goldseam.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultException;
import org.jspecify.annotations.Nullable;

/**
 * The backups nobody has to remember: one as the vault closes, and one a day while it stays open.
 * Outcomes are handed back as values rather than thrown, so the desktop app can show a failure
 * without an error dialog interrupting a session; nothing here touches Swing.
 */
public final class AutomaticBackups {
    /** At most one backup a day while the vault is open. */
    public static final Duration WHILE_OPEN_INTERVAL = Duration.ofDays(1);
    private static final long CHECK_EVERY_MINUTES = 30;

    private final BackupService service;
    private final BackupSettings settings;
    private final Clock clock;

    public AutomaticBackups(BackupService service, BackupSettings settings, Clock clock) {
        this.service = service;
        this.settings = settings;
        this.clock = clock;
    }

    /** What happened to an automatic backup. */
    public sealed interface Outcome {
        record Done(BackupResult result) implements Outcome {
        }

        record Failed(@Nullable String message) implements Outcome {
        }

        record NotDue(Instant lastBackup) implements Outcome {
        }
    }

    /** True when this vault has no routine backup in the folder from the last day. */
    public boolean due(Vault vault) {
        return lastRoutineBackup(vault).map(last -> !last.plus(WHILE_OPEN_INTERVAL).isAfter(clock.instant())).orElse(true);
    }

    public Outcome runIfDue(Vault vault, BackupProgress progress) {
        Optional<Instant> last = lastRoutineBackup(vault);
        if (last.isPresent() && last.get().plus(WHILE_OPEN_INTERVAL).isAfter(clock.instant())) {
            return new Outcome.NotDue(last.get());
        }
        return run(vault, BackupKind.DAILY, progress);
    }

    /** The backup taken as the vault closes; call it before {@link Vault#close()}. */
    public Outcome beforeClose(Vault vault, BackupProgress progress) {
        return run(vault, BackupKind.ON_CLOSE, progress);
    }

    /**
     * Checks every half hour whether the daily backup is due, and reports each backup made or
     * failed to {@code report} (on the executor's thread). Cancel the returned future before closing.
     */
    public ScheduledFuture<?> scheduleWhileOpen(ScheduledExecutorService executor, Vault vault, Consumer<Outcome> report) {
        return executor.scheduleWithFixedDelay(() -> {
            if (vault.isClosed()) {
                return;
            }
            Outcome outcome = runIfDue(vault, BackupProgress.NONE);
            if (!(outcome instanceof Outcome.NotDue)) {
                report.accept(outcome);
            }
        }, 0, CHECK_EVERY_MINUTES, TimeUnit.MINUTES);
    }

    private Outcome run(Vault vault, BackupKind kind, BackupProgress progress) {
        try {
            return new Outcome.Done(service.backUp(vault, settings, kind, progress));
        } catch (VaultException e) {
            return new Outcome.Failed(e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome.Failed("The automatic backup failed (" + e.getClass().getSimpleName() + "). The vault is unchanged.");
        }
    }

    private Optional<Instant> lastRoutineBackup(Vault vault) {
        String vaultId = vault.header().vaultId();
        return BackupCatalog.list(settings.folder()).stream()
                .filter(b -> b.manifest().vaultId().equals(vaultId) && b.manifest().kind().routine())
                .map(b -> b.manifest().createdAt())
                .findFirst();
    }
}
