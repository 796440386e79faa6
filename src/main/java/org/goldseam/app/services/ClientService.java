package org.goldseam.app.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.goldseam.app.services.ClientDeletion;
import org.goldseam.clients.Client;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.ClientStatus;
import org.goldseam.clients.ClientSummary;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.search.SearchService;
import org.goldseam.vault.Vault;
import org.jspecify.annotations.Nullable;

/**
 * Clients: added, opened, edited, discharged, deleted and listed, each with its audit entry in the
 * same transaction. Reads that show nothing to the clinician by themselves (lookups behind a list
 * or a form) are not audited; opening a client's record is.
 */
public final class ClientService {
    private final Vault vault;
    private final ClientRepository clients;
    private final Audited audited;
    private final @Nullable SearchService search;

    public ClientService(Vault vault, Clock clock, @Nullable SearchService search) {
        this.vault = Objects.requireNonNull(vault);
        this.clients = new ClientRepository(vault.database().dsl(), clock);
        this.audited = new Audited(vault, clock);
        this.search = search;
    }

    public long create(String actor, ClientDetails details) {
        return audited.change(actor, audit -> {
            long id = clients.insert(details);
            audit.clientCreated(id);
            return id;
        });
    }

    /** The client's record as shown when it is opened: a {@code client_viewed} entry. */
    public Client view(String actor, long clientId) {
        return audited.change(actor, audit -> {
            Client client = clients.findById(clientId).orElseThrow();
            audit.clientViewed(clientId);
            return client;
        });
    }

    /** Changes the client's details (name, contact, emergency contact, …) and returns the stored record. */
    public Client edit(String actor, long clientId, ClientDetails details) {
        return audited.change(actor, audit -> {
            clients.update(clientId, details);
            audit.clientEdited(clientId);
            return clients.findById(clientId).orElseThrow();
        });
    }

    public Client discharge(String actor, long clientId, LocalDate date) {
        return audited.change(actor, audit -> {
            clients.discharge(clientId, date);
            audit.clientDischarged(clientId);
            return clients.findById(clientId).orElseThrow();
        });
    }

    /** Pauses or resumes a client (no audit entry: the status shows in the list, nothing is read or removed). */
    public void changeStatus(long clientId, ClientStatus status) {
        clients.changeStatus(clientId, status);
    }

    /**
     * Deletes the whole record once {@code typedName} is the client's full name; the deletion and its
     * entry share one transaction (see {@link ClientDeletion}), and the search index forgets the client after.
     */
    public void delete(String actor, long clientId, String typedName) {
        List<ClientDeletion.Listener> listeners = search == null ? List.of() : List.of(search::onClientDeleted);
        new ClientDeletion(vault, audited.clock(), actor, listeners).delete(clientId, typedName);
    }

    /** Every client's name and status, listed for someone to read (the {@code clients} command): audited. */
    public List<ClientSummary> listCaseload(String actor, String where) {
        return audited.change(actor, audit -> {
            List<ClientSummary> all = clients.listAll();
            audit.caseloadListed(where);
            return all;
        });
    }

    // ---- lookups behind lists and forms, not audited by themselves

    public Optional<Client> findById(long clientId) {
        return clients.findById(clientId);
    }

    public List<ClientSummary> listAll() {
        return clients.listAll();
    }

    /** One client's line in the client list, or empty once the client is gone. */
    public Optional<ClientSummary> summary(long clientId) {
        return clients.summary(clientId);
    }
}
