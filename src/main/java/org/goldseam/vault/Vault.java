package org.goldseam.vault;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.goldseam.vault.persistence.VaultDatabase;
import org.jspecify.annotations.Nullable;

/** An open vault. Close it to write everything out and release the folder for other processes. */
public final class Vault implements AutoCloseable {
    private final VaultFiles files;
    private final VaultHeader header;
    private final VaultDatabase database;
    private final VaultKeys keys;
    private final @Nullable String recoveryNotice;
    private final Consumer<Vault> onClose;
    private boolean closed;

    Vault(VaultFiles files, VaultHeader header, VaultDatabase database, VaultKeys keys, @Nullable String recoveryNotice,
          Consumer<Vault> onClose) {
        this.files = Objects.requireNonNull(files);
        this.header = Objects.requireNonNull(header);
        this.database = Objects.requireNonNull(database);
        this.keys = Objects.requireNonNull(keys);
        this.recoveryNotice = recoveryNotice;
        this.onClose = onClose;
        ShutdownClose.opened(this);
    }

    /**
     * What to tell the clinician when this open first had to undo or finish an interrupted restore
     * or passphrase change; empty normally. Shown once: the next open has nothing to say.
     */
    public Optional<String> recoveryNotice() {
        return Optional.ofNullable(recoveryNotice);
    }

    /**
     * The keys this vault was unlocked with, kept while it is open so that its backups can be
     * verified without asking for the passphrase again. H2's connection pool holds the derived
     * password for as long anyway; both are dropped at close.
     */
    VaultKeys keys() {
        if (closed) {
            throw new IllegalStateException("the vault is closed");
        }
        return keys;
    }

    public VaultFiles files() {
        return files;
    }

    public VaultHeader header() {
        return header;
    }

    /** For repositories; everything above them speaks in records. */
    public VaultDatabase database() {
        if (closed) {
            throw new IllegalStateException("the vault is closed");
        }
        return database;
    }

    /** The audit trail's mark taken as the database closed (see {@link ChainMark}); null before that. */
    @Nullable ChainMark chainAtClose() {
        return database.chainAtClose();
    }

    /** The digest of the rows as the database closed (see {@link VaultHeader#closedContent()}); null before that. */
    @Nullable String contentAtClose() {
        return database.contentAtClose();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            database.close();
        } finally {
            keys.destroy();
            onClose.accept(this);
            ShutdownClose.closed(this);
        }
    }
}
