package org.goldseam.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldseam.db.Tables.SESSION_NOTE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldseam.app.cli.CliRun;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.integrity.VaultCheck;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.Modality;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.NoteSectionText;
import org.goldseam.notes.Section;
import org.goldseam.notes.SessionType;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.StorageErrors;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up: on a tmpfs of a few megabytes, mounted for the test. The saves that fail
 * say the disk is full; every save before them survives, and the vault opens and passes check once
 * space is freed. Skipped, with the reason, where a tmpfs cannot be mounted (not root, not Linux).
 */
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void savesOnAFullDiskFailClearlyAndEverySaveBeforeThemSurvives() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("small"), 16)) {
            Assumptions.assumeTrue(disk != null, "no tmpfs could be mounted here (needs root on Linux); disk-full test not run");
            System.out.println("disk-full test: running on a 16 MB tmpfs");
            Path folder = disk.root().resolve("vault");
            TestVaults.create(folder).close();
            Path filler = disk.fillLeaving(3L * 1024 * 1024);

            List<Long> durable = new ArrayList<>();
            RuntimeException failure = null;
            try (Vault vault = TestVaults.open(folder)) {
                var dsl = vault.database().dsl();
                long client = new ClientRepository(dsl).insert(ClientDetails.of("Full Disk", LocalDate.of(2026, 1, 1)));
                SessionNoteRepository notes = new SessionNoteRepository(dsl);
                for (int i = 0; i < 10_000 && failure == null; i++) {
                    try {
                        durable.add(notes.createDraft(client, bigNote(i)));
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                }
            } catch (RuntimeException e) {
                // closing a store whose last write failed may fail too; the test is about what reopens
            }
            assertThat(failure).as("the disk filled up").isNotNull();
            Optional<VaultException> clear = StorageErrors.diskFull(failure);
            assertThat(clear).as("%s", failure).hasValueSatisfying(e -> assertThat(e.getMessage())
                    .contains("The disk is full").contains("Everything saved before it is safe"));
            assertThat(durable).hasSizeGreaterThan(3);

            Files.delete(filler);
            try (Vault vault = TestVaults.open(folder)) {
                assertThat(VaultCheck.run(vault).findings()).isEmpty();
                List<Long> present = vault.database().dsl().select(SESSION_NOTE.ID).from(SESSION_NOTE).orderBy(SESSION_NOTE.ID)
                        .fetch(SESSION_NOTE.ID);
                assertThat(present).as("every acknowledged save, and no half-written one").isEqualTo(durable);
            }
        }
    }

    @Test
    void aBackupOntoAFullDiskFailsClearlyLeavesNoPartialFileAndIsAudited() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("small"), 4)) {
            Assumptions.assumeTrue(disk != null, "no tmpfs could be mounted here (needs root on Linux); disk-full test not run");
            Path vault = dir.resolve("vault");
            Path pass = CliRun.defaultPassphraseFile(dir);
            assertThat(CliRun.run("demo", "--data-dir", vault.toString(), "--passphrase-file", pass.toString(),
                    "--clients", "6", "--sessions", "12").exitCode()).isZero();
            disk.fillLeaving(64 * 1024);
            Path backups = disk.root().resolve("backups");
            Files.createDirectories(backups);

            CliRun run = CliRun.run("backup", "--to", backups.toString(), "--data-dir", vault.toString(),
                    "--passphrase-file", pass.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(9);
            assertThat(run.err()).contains("the disk is full").contains("The vault itself is unchanged").doesNotContain("\tat ");
            try (var left = Files.list(backups)) {
                assertThat(left).isEmpty();
            }
            CliRun audit = CliRun.run("audit", "--action", "backup", "--data-dir", vault.toString(), "--passphrase-file", pass.toString());
            assertThat(audit.out()).contains("FAILED: the disk refused");
        }
    }

    private static NoteContent bigNote(int i) {
        // varied text, so compression cannot make the pages small
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(i);
        while (text.length() < 60_000) {
            text.append(Long.toString(random.nextLong(), 36)).append(' ');
        }
        return new NoteContent(OffsetDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC).plusDays(i), 50,
                SessionType.INDIVIDUAL, Modality.IN_PERSON, Attendance.ATTENDED, NoteFormat.DAP, "Session " + i,
                List.of(new NoteSectionText(Section.DATA, text.toString())), null, List.of(), List.of(), List.of());
    }
}
