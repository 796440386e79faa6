package org.goldseam.backup;

/** Told how a backup or restore is going, for a progress bar. Called on the working thread. */
@FunctionalInterface
public interface BackupProgress {
    BackupProgress NONE = (phase, done, total) -> { };

    /** @param total -1 while the amount of work is not known */
    void progress(Phase phase, long done, long total);

    enum Phase {
        /** H2 copies the open database (no byte count available). */
        COPYING,
        /** The copy is packed with the header into the backup file. */
        PACKING,
        /** A backup is unpacked into a temporary folder. */
        UNPACKING,
        /** The copy is opened and checked. */
        VERIFYING,
        /** Old backups beyond the retention rule are removed. */
        PRUNING,
        /** A restore swaps the files. */
        REPLACING
    }
}
