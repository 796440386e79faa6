package org.goldseam.app.services;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.goldseam.audit.AuditLog;
import org.goldseam.audit.AuditService;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.persistence.wiring.FrameworkWiring;
import org.goldseam.search.SearchService;
import org.goldseam.vault.Vault;

/**
 * Everything the desktop app uses on one open vault, wired once at unlock. Presenters and views take
 * this record; every change goes through an application service here that owns its transaction and
 * its audit entry, and none of its parts is a repository.
 *
 * @param actor who the audit trail names for changes made without an explicit author (the clinician's
 *              signature from the preferences in the app)
 */
public record VaultServices(Vault vault, Clock clock, ClientService clients, NoteService notes,
                            ClinicalFramework framework, AuditLog audit, SearchService search,
                            TaxonomyAdministration taxonomy, RiskReviews riskReviews, Supplier<String> actor) {

    public VaultServices {
        Objects.requireNonNull(actor);
    }

    /** Wired for the operating-system account (the command line, tests). */
    /** Audit entries name the vault's clinician (the operating-system account only while the vault names nobody). */
    public static VaultServices of(Vault vault, Clock clock) {
        return of(vault, clock, () -> org.goldseam.clinician.Clinicians.auditActor(vault));
    }

    public static VaultServices of(Vault vault, Clock clock, Supplier<String> actor) {
        var dsl = vault.database().dsl();
        SearchService search = SearchService.open(vault, clock);
        ClinicalFramework framework = FrameworkWiring.on(dsl, clock);
        return new VaultServices(vault, clock, new ClientService(vault, clock, search), new NoteService(vault, clock, search),
                framework, new AuditRepository(dsl), search, new TaxonomyAdministration(vault, clock, framework.taxonomy()),
                new RiskReviews(vault, clock, framework.risk()), actor);
    }

    /** The audit trail for {@code actor} (unlock, lock, the log viewer). */
    public AuditService auditTrail(String actor) {
        return new AuditService(audit, actor, clock);
    }
}
