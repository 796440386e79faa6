package org.goldseam.app.ui;

import java.awt.Component;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.app.restore.RestorePresenter;
import org.goldseam.app.restore.ui.RestoreDialog;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.vault.Vaults;
import org.jspecify.annotations.Nullable;

/**
 * Opens the restore dialog for a vault folder, with the backup folder from the preferences. Used by
 * the unlock screen and, after locking, by the menu; the vault must be closed when it is called.
 */
final class RestoreLauncher {
    private final Vaults vaults;
    private final Clock clock;
    private final Supplier<AppPreferences> preferences;

    RestoreLauncher(Vaults vaults, Clock clock, Supplier<AppPreferences> preferences) {
        this.vaults = vaults;
        this.clock = clock;
        this.preferences = preferences;
    }

    /** The backup folder the clinician set, or null for the default beside the vault. */
    @Nullable Path configuredFolder() {
        return preferences.get().backupFolder();
    }

    ZoneId zone() {
        return clock.getZone();
    }

    /** @param preselect the backup to start on, or null; {@code whenRestored} runs only if a backup was put in place */
    void open(Component parent, Path vaultFolder, @Nullable Path preselect, Runnable whenRestored) {
        BackgroundTasks tasks = BackgroundTasks.withWorkerThread(SwingUtilities::invokeLater);
        RestorePresenter presenter = new RestorePresenter(vaultFolder, RestorePresenter.backupFolder(vaultFolder,
                configuredFolder()), vaults, clock, preferences.get().auditActor(), tasks);
        RestoreDialog.show(parent, presenter, tasks, clock.getZone(), preselect, restored -> {
            if (restored) {
                whenRestored.run();
            }
        });
    }
}
