package org.goldseam.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldseam.db.Tables.AUDIT_EVENT;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.testing.TestVaults;
import org.goldseam.testing.VaultDowngrade;
import org.goldseam.vault.Vault;
import org.goldseam.vault.persistence.VaultStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 7 leaves every existing audit hash as it was; the chain continues in version 2. */
class AuditHashUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void anUpgradedTrailKeepsItsHashesAndContinuesWithIdCoveringOnes() {
        Path folder = dir.resolve("vault");
        List<String> before;
        try (Vault vault = TestVaults.create(folder)) {
            var audit = new AuditRepository(vault.database().dsl());
            audit.append(AuditAction.NOTE_CREATED, "clinician", 1L, 1L, null, Instant.parse("2026-10-06T15:00:00Z"));
            VaultDowngrade.toSchema6(vault.database().dsl());
            before = vault.database().dsl().select(AUDIT_EVENT.ROW_HASH).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ROW_HASH);
        }
        try (Vault vault = TestVaults.open(folder)) {
            var dsl = vault.database().dsl();
            assertThat(VaultStore.schemaStatus(vault.database()).appliedVersion()).isEqualTo(9);
            var audit = new AuditRepository(dsl);
            audit.append(AuditAction.NOTE_SIGNED, "clinician", 1L, 1L, null, Instant.parse("2026-10-06T16:00:00Z"));
            var rows = dsl.select(AUDIT_EVENT.ROW_HASH, AUDIT_EVENT.HASH_VERSION).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch();
            assertThat(rows.getValues(AUDIT_EVENT.ROW_HASH).subList(0, before.size())).as("old hashes untouched").isEqualTo(before);
            assertThat(rows.getValues(AUDIT_EVENT.HASH_VERSION)).startsWith((short) 1).endsWith((short) 2);
            assertThat(audit.verifyChain().intact()).isTrue();
            assertThat(audit.verifyChain().checkedRows()).isEqualTo(before.size() + 1L);
        }
    }
}
