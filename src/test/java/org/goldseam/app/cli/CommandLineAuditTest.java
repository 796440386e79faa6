package org.goldseam.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.goldseam.app.workspace.NoteContents;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.AuditEvent;
import org.goldseam.audit.AuditFilter;
import org.goldseam.audit.AuditService;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line does with a vault is on the record too: each unlock, the caseload listed by
 * {@code clients}, a search that reads the private notes, and a progress summary written by
 * {@code summary}, each by the account that ran it and without the search's words.
 */
class CommandLineAuditTest {
    @TempDir
    Path dir;

    @Test
    void unlocksTheCaseloadPrivateSearchesAndSummariesAreAudited() throws Exception {
        Path folder = dir.resolve("vault");
        long client;
        try (Vault vault = TestVaults.create(folder)) {
            client = new ClientRepository(vault.database().dsl()).insert(ClientDetails.of("Zoë Łukasz-Ørsted", LocalDate.of(2026, 1, 5)));
            new SessionNoteRepository(vault.database().dsl(), TestVaults.CLOCK).createDraft(client, NoteContents.withPrivateNotes(
                    NoteContents.blank(OffsetDateTime.parse("2026-11-12T15:00:00Z"), NoteFormat.DAP), "Spoke of the greenhouse."));
        }
        Path pass = CliRun.defaultPassphraseFile(dir);
        String[] vaultArgs = {"--data-dir", folder.toString(), "--passphrase-file", pass.toString()};

        assertThat(run("clients", vaultArgs).exitCode()).isZero();
        assertThat(run("search", vaultArgs, "greenhouse", "--include-private").exitCode()).isZero();
        assertThat(run("search", vaultArgs, "greenhouse").exitCode()).isZero();
        CliRun summary = run("summary", vaultArgs, "--client", String.valueOf(client), "--from", "2026-01-01", "--to", "2026-11-21",
                "--out", dir.resolve("summary.pdf").toString());
        assertThat(summary.exitCode()).as(summary.err()).isZero();

        try (Vault vault = TestVaults.open(folder)) {
            List<AuditEvent> trail = AuditRepository.of(vault).list(AuditFilter.all());
            assertThat(trail).extracting(AuditEvent::action).containsExactly(
                    AuditAction.UNLOCK, AuditAction.CASELOAD_LISTED,
                    AuditAction.UNLOCK, AuditAction.PRIVATE_NOTES_SEARCHED,
                    AuditAction.UNLOCK,
                    AuditAction.UNLOCK, AuditAction.EXPORT);
            assertThat(trail).extracting(AuditEvent::actor).containsOnly(AuditService.systemActor());
            assertThat(trail.get(0).detail()).isEqualTo("command line");
            assertThat(trail.get(1).detail()).isEqualTo("command line: clients");
            assertThat(trail.get(3).detail()).isEqualTo("command line: search").doesNotContain("greenhouse");
            assertThat(trail.get(6).clientId()).isEqualTo(client);
            assertThat(trail.get(6).detail()).isEqualTo("summary: summary.pdf");
        }
    }

    private static CliRun run(String command, String[] vaultArgs, String... more) {
        String[] all = new String[1 + vaultArgs.length + more.length];
        all[0] = command;
        System.arraycopy(vaultArgs, 0, all, 1, vaultArgs.length);
        System.arraycopy(more, 0, all, 1 + vaultArgs.length, more.length);
        return CliRun.run(all);
    }
}
