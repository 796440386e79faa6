package org.goldseam.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldseam.db.Tables.AUDIT_EVENT;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database itself refuses to change or remove audit rows, whatever code asks. */
class AuditAppendOnlyTest {
    @TempDir
    Path dir;

    @Test
    void updatesAndDeletesOfAuditRowsAreRefusedAndTheTrailStaysIntact() {
        try (Vault vault = TestVaults.create(dir.resolve("vault"))) {
            DSLContext dsl = vault.database().dsl();
            AuditService audit = new AuditService(new AuditRepository(dsl), "Dr Imaginary", TestVaults.CLOCK);
            audit.unlocked("desktop", List.of(Instant.parse("2026-11-21T09:59:00Z")));
            audit.clientViewed(3);

            assertThatThrownBy(() -> dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "someone else").execute())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.CLIENT_ID.eq(3L)).execute())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> dsl.execute("TRUNCATE TABLE audit_event"))
                    .isInstanceOf(DataAccessException.class);

            assertThat(audit.list(AuditFilter.all())).extracting(AuditEvent::action, AuditEvent::actor).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(AuditAction.FAILED_UNLOCK, "Dr Imaginary"),
                    org.assertj.core.groups.Tuple.tuple(AuditAction.UNLOCK, "Dr Imaginary"),
                    org.assertj.core.groups.Tuple.tuple(AuditAction.CLIENT_VIEWED, "Dr Imaginary"));
            assertThat(audit.verify().intact()).isTrue();
        }
    }

    @Test
    void theViewersCsvQuotesWhatNeedsQuotingAndHasTheCommandsColumns() throws Exception {
        try (Vault vault = TestVaults.create(dir.resolve("vault"))) {
            AuditService audit = new AuditService(AuditRepository.of(vault), "Dr O'Brien, Jr.", TestVaults.CLOCK);
            audit.exported(AuditService.ExportKind.RECORD, 4L, "record \"x\".json");
            StringBuilder csv = new StringBuilder();
            AuditCsv.write(audit.list(AuditFilter.all()), csv);
            assertThat(csv.toString()).startsWith("id,occurred_at,action,actor,client_id,note_id,detail\r\n")
                    .contains("1,2026-11-21T10:00:00Z,export,\"Dr O'Brien, Jr.\",4,,\"record: record \"\"x\"\".json\"\r\n");
        }
    }
}
