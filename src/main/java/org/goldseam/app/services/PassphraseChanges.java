package org.goldseam.app.services;

import java.time.Clock;
import org.goldseam.audit.AuditService;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.integrity.CheckReport;
import org.goldseam.integrity.VaultCheck;
import org.goldseam.vault.PassphraseChange;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultProblem;
import org.jspecify.annotations.Nullable;

/**
 * A passphrase change: the re-keyed copy must pass {@code check}, and its {@code passphrase_changed}
 * entry is written into that copy before it replaces the vault, so the new files carry their own entry
 * and a change that is undone leaves none.
 */
public final class PassphraseChanges {
    private PassphraseChanges() {
    }

    /** The entry names the vault's clinician (the OS account only while the vault names nobody). */
    public static PassphraseChange.Inspector inspector(Clock clock) {
        return inspector(clock, null);
    }

    public static PassphraseChange.Inspector inspector(Clock clock, @Nullable String actorOrNull) {
        return rekeyed -> {
            String actor = actorOrNull != null ? actorOrNull : org.goldseam.app.services.Clinicians.auditActor(rekeyed);
            CheckReport report = VaultCheck.run(rekeyed);
            if (!report.sound()) {
                throw new VaultException(VaultProblem.DAMAGED, "The vault does not pass 'goldseam check' ("
                        + report.findings().get(0).problem() + "), so its passphrase was not changed. Nothing was changed.");
            }
            new AuditService(AuditRepository.of(rekeyed), actor, clock).passphraseChanged();
        };
    }
}
