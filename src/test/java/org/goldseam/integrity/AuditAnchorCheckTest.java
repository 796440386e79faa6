package org.goldseam.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldseam.db.Tables.AUDIT_EVENT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.goldseam.app.cli.CliRun;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.testing.Tampering;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A passphrase holder can rewrite the audit trail and recompute its chain so that plain
 * {@code check} passes; {@code check --against} a backup made before catches it, because the backup's
 * manifest recorded the trail's length, last id and last hash outside the vault.
 */
class AuditAnchorCheckTest {
    @TempDir
    Path dir;

    private Path vault;
    private Path backup;

    @BeforeEach
    void vaultWithSixEventsAndABackup() throws Exception {
        vault = dir.resolve("vault");
        try (Vault v = TestVaults.create(vault)) {
            AuditRepository audit = new AuditRepository(v.database().dsl());
            for (int i = 0; i < 6; i++) {
                audit.append(AuditAction.NOTE_CREATED, "clinician", 1L, (long) i, null, Instant.parse("2026-10-06T15:00:00Z").plusSeconds(i));
            }
        }
        Path backups = dir.resolve("backups");
        assertThat(cli("backup", "--to", backups.toString()).exitCode()).isZero();
        try (Stream<Path> files = Files.list(backups)) {
            backup = files.filter(f -> f.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
        }
    }

    private CliRun cli(String... args) throws Exception {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data-dir", vault.toString(),
                "--passphrase-file", CliRun.defaultPassphraseFile(dir).toString())).toArray(String[]::new);
        return CliRun.run(all);
    }

    /** Edits the vault as a passphrase holder would: guard off, edit, chain recomputed, guard back on. */
    private void tamper(java.util.function.Consumer<DSLContext> edit) {
        try (Vault v = TestVaults.open(vault)) {
            DSLContext dsl = v.database().dsl();
            Tampering.removeAuditGuard(dsl);
            edit.accept(dsl);
            Tampering.recomputeAuditChain(dsl);
            Tampering.restoreAuditGuard(dsl);
        }
    }

    private void assertPlainCheckFooledButAnchorCatches(String expected) throws Exception {
        // the honest limit: inside the vault, the rewrite is consistent
        assertThat(cli("check").exitCode()).as("plain check cannot see a recomputed chain").isZero();
        CliRun against = cli("check", "--against", backup.toString());
        assertThat(against.exitCode()).isEqualTo(8);
        assertThat(against.out()).contains("PROBLEM  audit anchor").contains(expected);
        assertThat(against.err()).doesNotContain("Exception");
    }

    @Test
    void anUntouchedTrailThatGrewSinceTheBackupContinuesIt() throws Exception {
        try (Vault v = TestVaults.open(vault)) {
            new AuditRepository(v.database().dsl()).append(AuditAction.NOTE_SIGNED, "clinician", 1L, 2L, null, Instant.parse("2026-10-07T10:00:00Z"));
        }
        CliRun run = cli("check", "--against", backup.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("continues, unchanged, the 6 events the backup").contains("The vault is sound.");
    }

    @Test
    void aDeletedEventIsCaughtAgainstAnEarlierBackup() throws Exception {
        tamper(dsl -> dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(3L)).execute());
        assertPlainCheckFooledButAnchorCatches("event number 6 has id 7");
    }

    @Test
    void deletingTheNewestEventsIsCaughtAgainstAnEarlierBackup() throws Exception {
        tamper(dsl -> dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.ge(5L)).execute());
        assertPlainCheckFooledButAnchorCatches("events were removed");
    }

    @Test
    void renumberedEventsAreCaughtAgainstAnEarlierBackup() throws Exception {
        // remove one event and close the gap, so the ids look as if nothing was ever there
        tamper(dsl -> {
            dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(2L)).execute();
            for (long id = 3; id <= 7; id++) {
                dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.ID, id - 1).where(AUDIT_EVENT.ID.eq(id)).execute();
            }
        });
        assertPlainCheckFooledButAnchorCatches("no longer has the hash recorded");
    }

    @Test
    void aRewrittenEventIsCaughtAgainstAnEarlierBackup() throws Exception {
        tamper(dsl -> dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "someone else").where(AUDIT_EVENT.ID.eq(2L)).execute());
        assertPlainCheckFooledButAnchorCatches("no longer has the hash recorded");
    }

    /** A record export (JSON and PDF) and a progress summary PDF, made from the untouched vault. */
    private List<Path> exportsOfTheUntouchedTrail() throws Exception {
        long client;
        try (Vault v = TestVaults.open(vault)) {
            client = new ClientRepository(v.database().dsl()).insert(ClientDetails.of("Ada Invented", LocalDate.parse("2026-09-01")));
        }
        Path out = dir.resolve("export");
        assertThat(cli("export", "--client", String.valueOf(client), "--out", out.toString()).exitCode()).isZero();
        Path summary = dir.resolve("summary.pdf");
        CliRun made = cli("summary", "--client", String.valueOf(client), "--from", "2026-09-01", "--to", "2026-10-31",
                "--out", summary.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            return Stream.concat(files.sorted(), Stream.of(summary)).toList();
        }
    }

    @Test
    void recordExportsAndSummariesCarryTheAnchorAndCatchARewrite() throws Exception {
        List<Path> anchors = exportsOfTheUntouchedTrail();
        assertThat(anchors).extracting(p -> p.getFileName().toString().replaceAll(".*\\.", ""))
                .containsExactly("json", "pdf", "pdf");
        for (Path anchor : anchors) {
            CliRun run = cli("check", "--against", anchor.toString());
            assertThat(run.exitCode()).as(anchor + run.out() + run.err()).isZero();
        }
        try (PDDocument pdf = Loader.loadPDF(anchors.get(2).toFile())) {
            assertThat(pdf.getDocumentInformation().getKeywords()).startsWith("goldseam-audit-trail ");
            assertThat(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .as("PDF/A mirrors the keywords into XMP").contains("goldseam-audit-trail");
        }

        tamper(dsl -> dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.DETAIL, "rewritten").where(AUDIT_EVENT.ID.eq(1L)).execute());

        assertThat(cli("check").exitCode()).isZero();
        for (Path anchor : anchors) {
            CliRun run = cli("check", "--against", anchor.toString());
            assertThat(run.exitCode()).as(anchor.toString()).isEqualTo(8);
            assertThat(run.out()).contains("no longer has the hash recorded");
        }
    }

    @Test
    void anAnchorFromAnotherVaultIsReported() throws Exception {
        Path other = dir.resolve("other");
        TestVaults.create(other).close();
        CliRun run = CliRun.run("check", "--against", backup.toString(), "--data-dir", other.toString(),
                "--passphrase-file", CliRun.defaultPassphraseFile(dir).toString());
        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.out()).contains("was made from another vault");
    }

    @Test
    void aFileWithoutAnAnchorIsAUsageErrorBeforeAnyPassphrase() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a backup");
        CliRun run = cli("check", "--against", notes.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--against").doesNotContain("Exception");
    }
}
