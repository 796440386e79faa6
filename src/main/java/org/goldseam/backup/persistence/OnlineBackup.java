package org.goldseam.backup.persistence;

import java.io.IOException;
import java.nio.file.Path;
import org.goldseam.vault.persistence.VaultDatabase;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * H2's online backup of an open vault: {@code BACKUP TO} writes a zip holding a consistent copy of
 * the database file while other connections keep working. The copy is of the file as stored, so it
 * stays encrypted with the vault's key. (H2's {@code SCRIPT} would write plain SQL text: never used.)
 */
public final class OnlineBackup {
    private OnlineBackup() {
    }

    /** @throws IOException when H2 could not write the copy (full disk, read-only or missing folder) */
    public static void copyTo(VaultDatabase database, Path zip) throws IOException {
        try {
            database.dsl().execute("BACKUP TO {0}", DSL.inline(zip.toAbsolutePath().toString()));
        } catch (DataAccessException e) {
            // H2 reports file trouble as SQL errors; the innermost message names the cause ("No space left on device")
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new IOException(cause.getMessage(), e);
        }
    }
}
