package org.goldseam.vault;

import java.util.Objects;
import java.util.function.Consumer;
import org.goldseam.vault.persistence.VaultDatabase;

/** An open vault. Close it to write everything out and release the folder for other processes. */
public final class Vault implements AutoCloseable {
    private final VaultFiles files;
    private final VaultHeader header;
    private final VaultDatabase database;
    private final Consumer<Vault> onClose;
    private boolean closed;

    Vault(VaultFiles files, VaultHeader header, VaultDatabase database, Consumer<Vault> onClose) {
        this.files = Objects.requireNonNull(files);
        this.header = Objects.requireNonNull(header);
        this.database = Objects.requireNonNull(database);
        this.onClose = onClose;
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
            onClose.accept(this);
        }
    }
}
