package org.goldseam.app.restore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.workspace.ObservableModel;
import org.goldseam.backup.BackupArchive;
import org.goldseam.backup.BackupCatalog;
import org.goldseam.backup.BackupFile;
import org.goldseam.backup.BackupProgress;
import org.goldseam.backup.BackupSettings;
import org.goldseam.backup.RestoreService;
import org.goldseam.vault.Checkpoints;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.Vaults;
import org.jspecify.annotations.Nullable;

/**
 * The state behind the restore dialog: the backups in the backup folder (newest first) and any file
 * the clinician picked, the chosen one, and the restore itself. Swing-free; called on the event
 * thread, with the folder reading and the restore on {@link BackgroundTasks}.
 *
 * <p>The vault must be closed (the app is locked). Nothing is replaced unless {@link #restore} is
 * called, which the dialog does only after the clinician confirmed {@link #question()}.
 */
public final class RestorePresenter extends ObservableModel<RestorePresenter.Property> {
    public enum Property { BACKUPS, SELECTED, STATE, MESSAGE, PHASE }

    private final Path vaultFolder;
    private final Path backupFolder;
    private final Vaults vaults;
    private final Clock clock;
    private final String actor;
    private final BackgroundTasks tasks;

    private List<BackupChoice> backups = List.of();
    private @Nullable BackupChoice selected;
    private RestoreState state = RestoreState.LISTING;
    private @Nullable String message;
    private BackupProgress.@Nullable Phase phase;

    /** @param backupFolder where backups are listed and the replaced vault is kept; see {@link #backupFolder(Path, Path)} */
    public RestorePresenter(Path vaultFolder, Path backupFolder, Vaults vaults, Clock clock, String actor, BackgroundTasks tasks) {
        this.vaultFolder = Objects.requireNonNull(vaultFolder);
        this.backupFolder = Objects.requireNonNull(backupFolder);
        this.vaults = Objects.requireNonNull(vaults);
        this.clock = Objects.requireNonNull(clock);
        this.actor = Objects.requireNonNull(actor);
        this.tasks = Objects.requireNonNull(tasks);
    }

    /** The folder from the preferences, or the default one beside the vault folder when none is set. */
    public static Path backupFolder(Path vaultFolder, @Nullable Path configured) {
        return configured != null ? configured : BackupSettings.defaults(new VaultFiles(vaultFolder)).folder();
    }

    /** Lists the backup folder; {@code preselect} (may be null) is chosen, and added when it lies elsewhere. */
    public void load(@Nullable Path preselect) {
        setState(RestoreState.LISTING);
        tasks.run(() -> {
            List<BackupChoice> found = new ArrayList<>();
            for (BackupFile file : BackupCatalog.list(backupFolder)) {
                found.add(new BackupChoice(file.path(), file.manifest(), sizeOf(file.path())));
            }
            if (preselect != null && found.stream().noneMatch(c -> c.path().equals(preselect))) {
                found.add(0, read(preselect));
            }
            return found;
        }, found -> {
            setBackups(found);
            setSelected(found.stream().filter(c -> c.path().equals(preselect)).findFirst()
                    .orElse(found.isEmpty() ? null : found.get(0)));
            setState(RestoreState.READY);
        }, error -> {
            setState(RestoreState.READY);
            setMessage(RestoreWords.refused(error));
        });
    }

    /** "Choose file…": reads the file's manifest and offers it first; a file that is no backup is refused in words. */
    public void chooseFile(Path file) {
        tasks.run(() -> read(file), choice -> {
            List<BackupChoice> list = new ArrayList<>(backups);
            list.removeIf(c -> c.path().equals(choice.path()));
            list.add(0, choice);
            setBackups(list);
            setSelected(choice);
            setMessage(null);
        }, error -> setMessage(RestoreWords.refused(error)));
    }

    public void select(BackupChoice choice) {
        setSelected(choice);
        if (state == RestoreState.READY) {
            setMessage(null);
        }
    }

    /** What the clinician is asked before anything is replaced; null while no backup is chosen. */
    public @Nullable String question() {
        return selected == null ? null : RestoreWords.question(selected, vaultFolder, backupFolder, clock.getZone());
    }

    /**
     * Puts the chosen backup in place of the vault. {@code passphrase} is wiped when the work is done.
     * A refusal (wrong passphrase, damaged backup, failed check, vault open elsewhere) becomes {@link #message()}.
     */
    public void restore(char[] passphrase) {
        if (state == RestoreState.RESTORING || state == RestoreState.RESTORED) {
            Arrays.fill(passphrase, '\0');
            return;
        }
        if (selected == null) {
            Arrays.fill(passphrase, '\0');
            setMessage("Choose a backup first: one from the list, or a file with \u201cChoose file\u2026\u201d.");
            return;
        }
        if (passphrase.length == 0) {
            setMessage("Type the passphrase that was in use when the backup was made.");
            return;
        }
        BackupChoice choice = selected;
        setMessage(null);
        setState(RestoreState.RESTORING);
        RestoreService service = new RestoreService(vaults, clock, actor);
        tasks.run(() -> {
            try {
                return service.restore(choice.path(), vaultFolder, passphrase, backupFolder,
                        (phase, done, total) -> tasks.deliver(() -> setPhase(phase)), Checkpoints.NONE);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }, result -> {
            setState(RestoreState.RESTORED);
            setMessage(RestoreWords.restored(result, vaultFolder, clock.getZone()));
        }, error -> {
            setPhase(null);
            setState(RestoreState.READY);
            setMessage(RestoreWords.refused(error));
        });
    }

    public List<BackupChoice> backups() {
        return backups;
    }

    public @Nullable BackupChoice selected() {
        return selected;
    }

    public RestoreState state() {
        return state;
    }

    /** The outcome after a restore, or why the last step was refused; null when there is nothing to say. */
    public @Nullable String message() {
        return message;
    }

    /** What the restore is doing now (unpacking, checking, replacing), null when it is not running. */
    public BackupProgress.@Nullable Phase phase() {
        return phase;
    }

    public Path backupFolder() {
        return backupFolder;
    }

    public Path vaultFolder() {
        return vaultFolder;
    }

    private static BackupChoice read(Path file) {
        return new BackupChoice(file, BackupArchive.readManifest(file), sizeOf(file));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1; // listed anyway: the manifest was readable a moment ago, the size is only a hint
        }
    }

    private void setBackups(List<BackupChoice> value) {
        List<BackupChoice> old = backups;
        backups = List.copyOf(value);
        changed(Property.BACKUPS, old, backups);
    }

    private void setSelected(@Nullable BackupChoice value) {
        BackupChoice old = selected;
        selected = value;
        changed(Property.SELECTED, old, value);
    }

    private void setState(RestoreState value) {
        RestoreState old = state;
        state = value;
        changed(Property.STATE, old, value);
    }

    private void setMessage(@Nullable String value) {
        String old = message;
        message = value;
        changed(Property.MESSAGE, old, value);
    }

    private void setPhase(BackupProgress.@Nullable Phase value) {
        BackupProgress.Phase old = phase;
        phase = value;
        changed(Property.PHASE, old, value);
    }
}
