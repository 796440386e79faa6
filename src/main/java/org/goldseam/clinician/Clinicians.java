package org.goldseam.clinician;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.goldseam.audit.AuditService;
import org.goldseam.clinician.persistence.ClinicianRepository;
import org.goldseam.vault.Vault;

/**
 * The clinician of a vault: who signs. Set at vault creation (the app's create screen,
 * {@code goldseam init}) or later for a vault from before schema version 6 (the app asks after
 * unlocking; {@code goldseam clinician}). Changing it never touches notes already signed: each keeps
 * the signer it was signed with.
 */
public final class Clinicians {
    private final Vault vault;
    private final Clock clock;

    public Clinicians(Vault vault, Clock clock) {
        this.vault = Objects.requireNonNull(vault);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Empty until the clinician has given their name and credentials. */
    public Optional<ClinicianIdentity> current() {
        return new ClinicianRepository(vault.database().dsl()).find();
    }

    /**
     * Stores {@code identity} and records it in the audit trail (under the new signature), in one
     * transaction.
     */
    public void set(ClinicianIdentity identity) {
        Objects.requireNonNull(identity, "identity");
        new ClinicianRepository(vault.database().dsl()).save(identity, clock.instant());
    }

    /**
     * Who an audit entry names for work on this vault: its clinician, or, only while the vault has
     * none yet (a vault from before schema version 6), the operating-system account.
     */
    public String auditActor() {
        return current().map(ClinicianIdentity::signature).orElseGet(AuditService::systemActor);
    }

    /** {@link #auditActor} for {@code vault}. */
    public static String auditActor(Vault vault) {
        return new Clinicians(vault, Clock.systemUTC()).auditActor();
    }

    /** What to tell someone who tries to sign before the vault knows who they are. */
    public static final String NO_NAME_YET = "Signing needs your name and credentials, and this vault has none yet. "
            + "Give them in Goldseam > Clinician\u2026 (or with 'goldseam clinician --name \u2026 --credentials \u2026').";
}
