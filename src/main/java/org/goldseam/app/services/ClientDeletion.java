package org.goldseam.app.services;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.goldseam.clients.Client;
import org.goldseam.clients.persistence.ClientRemoval;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.vault.Vault;

/**
 * Deletes a client's whole record (notes, private notes, measures, goals, formulation, attachment
 * history: the schema cascades) once the clinician has typed the client's full name. The audit
 * trail keeps a {@code client_deleted} entry with the id only. Listeners (the search index) hear of
 * the deletion after it is committed.
 */
public final class ClientDeletion {
    private final Vault vault;
    private final Clock clock;
    private final String actor;
    private final List<Listener> listeners;

    /** Told after a client's record was deleted, to drop whatever it keeps outside the database. */
    @FunctionalInterface
    public interface Listener {
        void clientDeleted(long clientId);
    }

    public ClientDeletion(Vault vault, Clock clock, String actor, List<Listener> listeners) {
        this.vault = vault;
        this.clock = clock;
        this.actor = actor;
        this.listeners = List.copyOf(listeners);
    }

    /**
     * @throws NoSuchElementException if there is no such client
     * @throws ConfirmationMismatch if {@code typedName} is not the client's full name; nothing is deleted
     */
    public void delete(long clientId, String typedName) {
        Client client = new ClientRepository(vault.database().dsl(), clock).findById(clientId)
                .orElseThrow(() -> new NoSuchElementException("no client with id " + clientId));
        if (typedName == null || !comparable(typedName).equals(comparable(client.fullName()))) {
            throw new ConfirmationMismatch();
        }
        if (ClientRemoval.deleteAndAudit(vault.database().dsl(), clientId, actor, clock.instant())) {
            listeners.forEach(listener -> listener.clientDeleted(clientId));
        }
    }

    /** Same letters however the keyboard composed them, and spaces at the ends or doubled do not count. */
    static String comparable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** The typed name did not match; the message says so without repeating either name. */
    public static final class ConfirmationMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConfirmationMismatch() {
            super("The name typed is not the client's full name as recorded (letter case counts). Nothing was deleted.");
        }
    }
}
