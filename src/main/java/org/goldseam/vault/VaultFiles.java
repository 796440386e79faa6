package org.goldseam.vault;

import java.nio.file.Files;
import java.nio.file.Path;

/** The files that make up a vault folder. */
public record VaultFiles(Path folder) {
    public static final String HEADER_NAME = "goldseam-vault.json";
    /** H2 adds ".mv.db" to this base name. */
    public static final String DATABASE_BASE_NAME = "goldseam";

    public VaultFiles {
        folder = folder.toAbsolutePath().normalize();
    }

    public Path header() {
        return folder.resolve(HEADER_NAME);
    }

    public Path databaseBase() {
        return folder.resolve(DATABASE_BASE_NAME);
    }

    public Path databaseFile() {
        return folder.resolve(DATABASE_BASE_NAME + ".mv.db");
    }

    public boolean headerExists() {
        return Files.exists(header());
    }

    public boolean databaseExists() {
        return Files.exists(databaseFile());
    }

    /**
     * True if any part of a vault is here: its header, its database, or the journal of a restore or
     * passphrase change that was interrupted. Such a folder is offered for unlocking (which reports
     * what is missing and offers a backup), never for creating a new vault over it.
     */
    public boolean anyPartPresent() {
        return headerExists() || databaseExists() || Files.exists(ReplacementJournal.file(this));
    }
}
