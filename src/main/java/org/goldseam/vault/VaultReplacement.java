package org.goldseam.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Optional;
import org.goldseam.vault.ReplacementJournal.Operation;
import org.goldseam.vault.ReplacementJournal.Outcome;
import org.goldseam.vault.ReplacementJournal.State;
import org.jspecify.annotations.Nullable;

/**
 * Replaces the two files of a vault (database and header) with a pair staged and verified beside
 * them, such that an interruption at any moment leaves exactly one complete vault.
 *
 * <p>A small state machine, written down in {@link ReplacementJournal} in the vault folder:
 * <ol>
 *   <li>{@code preparing}: the new pair is built in {@value #STAGING_NAME}; the live files are
 *       untouched. Interrupted here, the next start deletes the staging folder: the old vault stays.</li>
 *   <li>{@code committed}: written only once the staged pair is complete and verified. From here on
 *       the change goes forward: each live file is renamed aside, then its staged twin renamed into
 *       place. Every rename is atomic and idempotent to repeat, so the next start finishes the swap
 *       from wherever it stopped.</li>
 *   <li>the staging folder (with the files set aside) is deleted, then the journal.</li>
 * </ol>
 * While a change runs, its process holds a lock file; a second process finds it locked and is told
 * the vault is in use. An interrupted change is recovered by {@link Vaults#open} before anything else.
 */
public final class VaultReplacement {
    static final String STAGING_NAME = ".goldseam-staging";
    static final String LOCK_NAME = "goldseam-replacement.lock";
    private static final String SET_ASIDE = "replaced";

    private final VaultFiles live;
    private final ReplacementJournal journal;
    private final MaintenanceLock lock;
    private final Checkpoints checkpoints;
    private boolean committed;

    private VaultReplacement(VaultFiles live, ReplacementJournal journal, MaintenanceLock lock, Checkpoints checkpoints) {
        this.live = live;
        this.journal = journal;
        this.lock = lock;
        this.checkpoints = checkpoints;
    }

    /** Starts replacing the files of {@code live}, which must not be open anywhere. Creates the folder if missing. */
    static VaultReplacement begin(VaultFiles live, Operation operation, Clock clock, Checkpoints checkpoints) {
        try {
            Durable.createPrivateFolder(live.folder());
        } catch (IOException e) {
            throw storage(live, e);
        }
        MaintenanceLock lock = MaintenanceLock.acquire(live, true);
        try {
            // an earlier interrupted change is settled first; the new one supersedes its notice
            ReplacementJournal earlier = ReplacementJournal.read(live);
            if (earlier != null) {
                settle(live, earlier, Checkpoints.NONE);
                Files.deleteIfExists(ReplacementJournal.file(live));
            }
            ReplacementJournal journal = new ReplacementJournal(operation, State.PREPARING, clock.instant(), null);
            journal.write(live);
            checkpoints.reached("journal written: preparing");
            Path staging = staging(live);
            Durable.deleteTree(staging);
            Durable.createPrivateFolder(staging);
            return new VaultReplacement(live, journal, lock, checkpoints);
        } catch (IOException e) {
            lock.release();
            throw storage(live, e);
        } catch (RuntimeException | Error e) {
            lock.release();
            throw e;
        }
    }

    /** Where the new pair is to be built: a vault folder of its own, inside the live one. */
    public VaultFiles staged() {
        return new VaultFiles(staging(live));
    }

    /**
     * The commit point: from here the staged pair replaces the live one, and an interruption is
     * finished at the next start rather than undone.
     */
    public void commit() {
        VaultFiles staged = staged();
        if (!staged.databaseExists() || !staged.headerExists()) {
            throw new IllegalStateException("nothing staged");
        }
        try {
            checkpoints.reached("staged and verified");
            // Windows cannot rename a file that is locked; the lock file still keeps others out
            lock.releaseDatabase();
            journal.with(State.COMMITTED, null).write(live);
            checkpoints.reached("journal written: committed");
            swap(live, checkpoints);
            Durable.deleteTree(staging(live));
            checkpoints.reached("staging removed");
            Files.deleteIfExists(ReplacementJournal.file(live));
            Durable.syncFolder(live.folder());
            committed = true;
        } catch (IOException e) {
            throw storage(live, e);
        }
    }

    /**
     * After a failure: undo a change that had not reached its commit point, or finish one that had.
     * Best effort; whatever is left is settled at the next start.
     */
    public void abandon() {
        if (committed) {
            return;
        }
        try {
            ReplacementJournal current = ReplacementJournal.read(live);
            if (current != null) {
                settle(live, current, Checkpoints.NONE);
                Files.deleteIfExists(ReplacementJournal.file(live));
            }
        } catch (IOException | RuntimeException e) {
            // the journal stays; the next open settles it
        }
    }

    /** Lets other processes in again. Always called, also when the change failed. */
    public void release() {
        lock.release();
    }

    /**
     * Settles an interrupted change found when opening {@code live}, and returns what to tell the
     * clinician; empty when there was nothing to settle.
     */
    static Optional<String> recover(VaultFiles live) {
        ReplacementJournal journal = ReplacementJournal.read(live);
        if (journal == null) {
            clearStaleLock(live);
            return Optional.empty();
        }
        if (journal.state() != State.RECOVERED) {
            MaintenanceLock lock = MaintenanceLock.acquire(live, false);
            try {
                // read again under the lock: the process that held it may have just finished
                journal = ReplacementJournal.read(live);
                if (journal == null) {
                    return Optional.empty();
                }
                if (journal.state() != State.RECOVERED) {
                    Outcome outcome = settle(live, journal, Checkpoints.NONE);
                    journal = journal.with(State.RECOVERED, outcome);
                    journal.write(live);
                }
            } catch (IOException e) {
                throw storage(live, e);
            } finally {
                lock.release();
            }
        }
        return Optional.of(journal.notice());
    }

    /**
     * A change killed before it wrote its journal leaves nothing but its empty lock file. Nothing
     * needs settling, but the file would sit in the vault folder for good: it is removed once no
     * process holds it. If one does, a change is under way there and removes the file itself.
     */
    private static void clearStaleLock(VaultFiles live) {
        if (!Files.exists(live.folder().resolve(LOCK_NAME))) {
            return;
        }
        try {
            MaintenanceLock.acquire(live, false).release();
        } catch (VaultException e) {
            // held elsewhere (or the folder cannot be written): the empty file is harmless meanwhile
        }
    }

    /** Forgets a recovery notice once the clinician has been told (the vault opened). */
    static void acknowledge(VaultFiles live) {
        try {
            ReplacementJournal journal = ReplacementJournal.read(live);
            if (journal != null && journal.state() == State.RECOVERED) {
                Files.deleteIfExists(ReplacementJournal.file(live));
            }
        } catch (IOException | RuntimeException e) {
            // the notice is shown once more next time; harmless
        }
    }

    private static @Nullable Outcome settle(VaultFiles live, ReplacementJournal journal, Checkpoints checkpoints) throws IOException {
        if (journal.state() == State.RECOVERED) {
            return journal.outcome();
        }
        if (journal.state() == State.COMMITTED) {
            swap(live, checkpoints);
            Durable.deleteTree(staging(live));
            return Outcome.COMPLETED;
        }
        Durable.deleteTree(staging(live));
        return Outcome.UNDONE;
    }

    /** Moves each live file aside and its staged twin into place; safe to repeat after any interruption. */
    private static void swap(VaultFiles live, Checkpoints checkpoints) throws IOException {
        VaultFiles staged = new VaultFiles(staging(live));
        Path aside = staging(live).resolve(SET_ASIDE);
        Files.createDirectories(aside);
        swapOne(live.databaseFile(), staged.databaseFile(), aside, "database", checkpoints);
        swapOne(live.header(), staged.header(), aside, "header", checkpoints);
    }

    private static void swapOne(Path liveFile, Path stagedFile, Path aside, String what, Checkpoints checkpoints)
            throws IOException {
        if (!Files.exists(stagedFile)) {
            return; // moved into place by an earlier, interrupted run
        }
        if (Files.exists(liveFile)) {
            Durable.move(liveFile, aside.resolve(liveFile.getFileName()));
            checkpoints.reached("old " + what + " set aside");
        }
        Durable.move(stagedFile, liveFile);
        checkpoints.reached("new " + what + " in place");
    }

    private static Path staging(VaultFiles live) {
        return live.folder().resolve(STAGING_NAME);
    }

    private static VaultException storage(VaultFiles live, IOException e) {
        return new VaultException(VaultProblem.STORAGE, "The vault folder " + live.folder() + " could not be changed: "
                + Vaults.reason(e) + ". Whatever was done so far is undone or finished the next time the vault opens.", e);
    }

    /**
     * Keeps every other Goldseam out while the files change: a lock file for changes and recoveries,
     * this process's own reservation of the folder, and (while the old files are copied) a lock on
     * the database file itself, which a Goldseam that has the vault open already holds.
     */
    static final class MaintenanceLock {
        private final VaultFiles files;
        private @Nullable FileChannel lockChannel;
        private @Nullable FileChannel databaseChannel;
        private boolean reserved;
        private boolean held;

        private MaintenanceLock(VaultFiles files) {
            this.files = files;
        }

        static MaintenanceLock acquire(VaultFiles files, boolean database) {
            return acquire(files, database, "Another Goldseam is restoring this vault or changing its "
                    + "passphrase right now. Wait until it has finished, then try again.");
        }

        /** As {@link #acquire(VaultFiles, boolean)}, saying {@code heldElsewhere} when another process holds the lock. */
        static MaintenanceLock acquire(VaultFiles files, boolean database, String heldElsewhere) {
            MaintenanceLock lock = new MaintenanceLock(files);
            try {
                Vaults.reserve(files);
                lock.reserved = true;
                lock.lockChannel = FileChannel.open(files.folder().resolve(LOCK_NAME), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                if (!tryLock(lock.lockChannel)) {
                    throw new VaultException(VaultProblem.IN_USE, heldElsewhere);
                }
                lock.held = true;
                if (database && files.databaseExists()) {
                    lock.databaseChannel = FileChannel.open(files.databaseFile(), StandardOpenOption.READ, StandardOpenOption.WRITE);
                    if (!tryLock(lock.databaseChannel)) {
                        throw new VaultException(VaultProblem.IN_USE, "This vault is open in another Goldseam window or "
                                + "process. Close it there first, then try again.");
                    }
                }
                return lock;
            } catch (IOException e) {
                lock.release();
                throw storage(files, e);
            } catch (RuntimeException e) {
                lock.release();
                throw e;
            }
        }

        private static boolean tryLock(FileChannel channel) throws IOException {
            try {
                FileLock held = channel.tryLock();
                return held != null;
            } catch (OverlappingFileLockException e) {
                return false; // held by this very process
            }
        }

        /**
         * Leaves the folder reserved in this process after {@link #release}: the vault just created
         * here is open, and its closing ends the reservation.
         */
        void handOverReservation() {
            reserved = false;
        }

        void releaseDatabase() {
            closeQuietly(databaseChannel);
            databaseChannel = null;
        }

        void release() {
            releaseDatabase();
            if (held) {
                held = false;
                try {
                    // removed while still held, so nobody can take it in between; a later change makes a new one
                    Files.deleteIfExists(files.folder().resolve(LOCK_NAME));
                } catch (IOException e) {
                    // an empty lock file left behind is harmless
                }
            }
            closeQuietly(lockChannel);
            lockChannel = null;
            if (reserved) {
                Vaults.release(files);
                reserved = false;
            }
        }

        private static void closeQuietly(@Nullable FileChannel channel) {
            if (channel != null) {
                try {
                    channel.close(); // closing the channel releases its lock
                } catch (IOException e) {
                    // the operating system releases the lock with the process at the latest
                }
            }
        }
    }
}
