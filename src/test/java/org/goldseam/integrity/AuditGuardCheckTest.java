package org.goldseam.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.goldseam.app.cli.CliRun;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.testing.Tampering;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain {@code check} judges the audit guard by what it does, not by its name. */
class AuditGuardCheckTest {
    private static final String CLASS = "'org.goldseam.vault.persistence.AppendOnlyTrigger'";

    @TempDir
    Path dir;

    private Path vault;

    @BeforeEach
    void vaultWithTwoEvents() {
        vault = dir.resolve("vault");
        try (Vault v = TestVaults.create(vault)) {
            AuditRepository audit = new AuditRepository(v.database().dsl());
            audit.append(AuditAction.NOTE_CREATED, "clinician", 1L, 1L, null, Instant.parse("2026-10-06T15:00:00Z"));
            audit.append(AuditAction.NOTE_SIGNED, "clinician", 1L, 1L, null, Instant.parse("2026-10-06T16:00:00Z"));
        }
    }

    private void replaceGuard(String... statements) {
        try (Vault v = TestVaults.open(vault)) {
            DSLContext dsl = v.database().dsl();
            Tampering.removeAuditGuard(dsl);
            for (String sql : statements) {
                dsl.execute(sql);
            }
        }
    }

    private CliRun check() throws Exception {
        return CliRun.run("check", "--data-dir", vault.toString(), "--passphrase-file", CliRun.defaultPassphraseFile(dir).toString());
    }

    @Test
    void theIntactGuardPasses() throws Exception {
        CliRun run = check();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ok       the database refuses changes to the audit trail");
    }

    @Test
    void aTriggerWithTheGuardsNameOnAnotherTableIsReported() throws Exception {
        replaceGuard("CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON client FOR EACH ROW CALL " + CLASS);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.out()).contains("PROBLEM  audit trail: the trigger that should guard audit events is attached to another table")
                .contains("the database let an audit event be changed");
    }

    @Test
    void aGuardThatNoLongerFiresOnUpdateIsReported() throws Exception {
        replaceGuard("CREATE TRIGGER audit_event_append_only BEFORE DELETE ON audit_event FOR EACH ROW CALL " + CLASS);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.out()).contains("no longer fires on both UPDATE and DELETE")
                .contains("the database let an audit event be changed").doesNotContain("let an audit event be removed");
    }

    @Test
    void aRenamedGuardIsReported() throws Exception {
        replaceGuard("CREATE TRIGGER audit_guard_renamed BEFORE UPDATE, DELETE ON audit_event FOR EACH ROW CALL " + CLASS);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.out()).contains("a trigger Goldseam did not create (audit_guard_renamed)")
                .contains("the trigger guarding audit events is gone");
    }

    @Test
    void theProbeChangesNothing() throws Exception {
        replaceGuard();
        check();
        check();
        try (Vault v = TestVaults.open(vault)) {
            assertThat(new AuditRepository(v.database().dsl()).verifyChain().checkedRows()).isEqualTo(2);
            assertThat(new AuditRepository(v.database().dsl()).verifyChain().intact()).isTrue();
        }
    }
}
