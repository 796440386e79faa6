package org.goldseam.app.services;

import java.time.Clock;
import java.util.function.Function;
import org.goldseam.audit.AuditService;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.vault.Vault;

/**
 * The one way the application services change a vault: the change and its audit entry run in one
 * transaction on the calling thread, so both are committed or neither is.
 */
final class Audited {
    private final Vault vault;
    private final Clock clock;

    Audited(Vault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    /** Runs {@code work} with an audit trail for {@code actor}, all in one transaction. */
    <T> T change(String actor, Function<AuditService, T> work) {
        return vault.database().inTransaction(() -> work.apply(trail(actor)));
    }

    /** An audit trail for {@code actor}; its entries join whatever transaction the calling thread is in. */
    AuditService trail(String actor) {
        return new AuditService(AuditRepository.of(vault), actor, clock);
    }

    Clock clock() {
        return clock;
    }
}
