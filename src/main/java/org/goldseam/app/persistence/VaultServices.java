package org.goldseam.app.persistence;

import java.time.Clock;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.persistence.FrameworkWiring;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.search.SearchService;
import org.goldseam.vault.Vault;

/**
 * Everything the desktop app uses on one open vault, wired once at unlock. Presenters take this
 * record; they never see SQL.
 */
public record VaultServices(Vault vault, Clock clock, ClientRepository clients, SessionNoteRepository notes,
                            ClinicalFramework framework, AuditRepository audit, SearchService search) {

    public static VaultServices of(Vault vault, Clock clock) {
        var dsl = vault.database().dsl();
        return new VaultServices(vault, clock, new ClientRepository(dsl, clock), new SessionNoteRepository(dsl, clock),
                FrameworkWiring.on(dsl, clock), new AuditRepository(dsl), SearchService.open(vault, clock));
    }
}
