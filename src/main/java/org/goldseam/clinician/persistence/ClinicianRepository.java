package org.goldseam.clinician.persistence;

import static org.goldseam.db.Tables.CLINICIAN;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.clinician.ClinicianIdentity;
import org.jooq.DSLContext;

/** The vault's one clinician row ({@code clinician}, id 1). */
public final class ClinicianRepository {
    private final DSLContext dsl;

    public ClinicianRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    /** Empty for a vault created before schema version 6 whose clinician has not given their name yet. */
    public Optional<ClinicianIdentity> find() {
        return dsl.selectFrom(CLINICIAN).where(CLINICIAN.ID.eq(1)).fetchOptional()
                .map(r -> new ClinicianIdentity(r.getFullName(), r.getCredentials()));
    }

    /**
     * Stores or replaces the identity and appends its {@code clinician_set} audit entry, under the
     * new signature, in the same transaction.
     */
    public void save(ClinicianIdentity identity, Instant now) {
        OffsetDateTime at = now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            int updated = tx.update(CLINICIAN)
                    .set(CLINICIAN.FULL_NAME, identity.name())
                    .set(CLINICIAN.CREDENTIALS, identity.credentials())
                    .set(CLINICIAN.RECORDED_AT, at)
                    .where(CLINICIAN.ID.eq(1))
                    .execute();
            if (updated == 0) {
                tx.insertInto(CLINICIAN)
                        .set(CLINICIAN.ID, 1)
                        .set(CLINICIAN.FULL_NAME, identity.name())
                        .set(CLINICIAN.CREDENTIALS, identity.credentials())
                        .set(CLINICIAN.RECORDED_AT, at)
                        .execute();
            }
            new AuditRepository(tx).append(AuditAction.CLINICIAN_SET, identity.signature(), null, null, null, now);
        });
    }
}
