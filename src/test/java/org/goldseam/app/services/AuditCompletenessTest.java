package org.goldseam.app.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.workspace.NoteContents;
import org.goldseam.app.workspace.UnlockAttempts;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.AuditEvent;
import org.goldseam.audit.AuditFilter;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.backup.BackupKind;
import org.goldseam.backup.BackupProgress;
import org.goldseam.backup.BackupService;
import org.goldseam.backup.BackupSettings;
import org.goldseam.backup.RestoreService;
import org.goldseam.clients.ClientDetails;
import org.goldseam.export.JsonRecordWriter;
import org.goldseam.export.RecordExportService;
import org.goldseam.framework.model.Category;
import org.goldseam.notes.AddendumKind;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.Section;
import org.goldseam.summary.BatchRequest;
import org.goldseam.summary.CancellationFlag;
import org.goldseam.summary.ProgressListener;
import org.goldseam.summary.SummaryOptions;
import org.goldseam.summary.SummaryPeriod;
import org.goldseam.summary.SummaryRequest;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Checkpoints;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every user action the README promises to audit, driven through the application services (the
 * same calls the app's presenters and the command line make), on a fresh real vault each: exactly
 * one new entry of the right kind, naming the actor and the client and note ids it concerns, and
 * nothing else (a failed unlock is followed by the unlock that records it).
 */
class AuditCompletenessTest {
    private static final String ACTOR = "Dr Ada Imaginary, LCSW";
    private static final String CLIENT_NAME = "Zoë Łukasz-Ørsted";
    private static final OffsetDateTime SESSION = OffsetDateTime.parse("2026-11-12T15:00:00Z");

    @TempDir
    Path dir;

    private Fixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** What an action should leave in the trail. */
    record Expected(AuditAction action, String actor, Long clientId, Long noteId, Predicate<String> detail,
                    Set<AuditAction> alsoWritten) {
        static Expected of(AuditAction action, Long clientId, Long noteId) {
            return new Expected(action, ACTOR, clientId, noteId, d -> true, Set.of());
        }

        Expected detail(Predicate<String> check) {
            return new Expected(action, actor, clientId, noteId, check, alsoWritten);
        }

        Expected alsoWritten(AuditAction other) {
            return new Expected(action, actor, clientId, noteId, detail, Set.of(other));
        }
    }

    @FunctionalInterface
    interface Action {
        Expected run(Fixture f) throws Exception;
    }

    record Row(String name, Action action) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> actions() {
        return Stream.of(
                new Row("unlock in the app", f -> {
                    new UnlockAttempts(TestVaults.CLOCK).recordUnlock(f.services.auditTrail(ACTOR), BackgroundTasks.synchronous(), e -> { });
                    return Expected.of(AuditAction.UNLOCK, null, null).detail("desktop"::equals);
                }),
                new Row("failed unlock, recorded at the next unlock", f -> {
                    UnlockAttempts attempts = new UnlockAttempts(TestVaults.CLOCK);
                    attempts.failed();
                    attempts.recordUnlock(f.services.auditTrail(ACTOR), BackgroundTasks.synchronous(), e -> { });
                    return Expected.of(AuditAction.FAILED_UNLOCK, null, null).alsoWritten(AuditAction.UNLOCK);
                }),
                new Row("unlock by the command line", f -> {
                    new VaultAccess(f.vault, TestVaults.CLOCK).unlocked(ACTOR, "command line", List.of());
                    return Expected.of(AuditAction.UNLOCK, null, null).detail("command line"::equals);
                }),
                new Row("lock", f -> {
                    f.services.auditTrail(ACTOR).locked("idle for 10 minutes");
                    return Expected.of(AuditAction.LOCK, null, null);
                }),
                new Row("client created", f -> {
                    long id = f.services.clients().create(ACTOR, ClientDetails.of("Søren Berg", LocalDate.of(2026, 1, 5)));
                    return Expected.of(AuditAction.CLIENT_CREATED, id, null);
                }),
                new Row("client viewed", f -> {
                    f.services.clients().view(ACTOR, f.client);
                    return Expected.of(AuditAction.CLIENT_VIEWED, f.client, null);
                }),
                new Row("client details edited", f -> {
                    f.services.clients().edit(ACTOR, f.client, ClientDetails.of("Zoë Łukasz-Ørsted Berg", LocalDate.of(2026, 1, 5)));
                    return Expected.of(AuditAction.CLIENT_EDITED, f.client, null);
                }),
                new Row("client discharged", f -> {
                    f.services.clients().discharge(ACTOR, f.client, LocalDate.of(2026, 11, 20));
                    return Expected.of(AuditAction.CLIENT_DISCHARGED, f.client, null);
                }),
                new Row("client deleted", f -> {
                    f.services.clients().delete(ACTOR, f.client, CLIENT_NAME);
                    return Expected.of(AuditAction.CLIENT_DELETED, f.client, null);
                }),
                new Row("caseload listed (goldseam clients)", f -> {
                    f.services.clients().listCaseload(ACTOR, "command line: clients");
                    return Expected.of(AuditAction.CASELOAD_LISTED, null, null);
                }),
                new Row("note created", f -> {
                    long note = f.services.notes().create(ACTOR, f.client, NoteContents.blank(SESSION, NoteFormat.DAP));
                    return Expected.of(AuditAction.NOTE_CREATED, f.client, note);
                }),
                new Row("note first edit", f -> {
                    long note = f.draft();
                    f.baseline();
                    f.services.notes().saveDraft(ACTOR, f.client, note,
                            NoteContents.withSection(NoteContents.blank(SESSION, NoteFormat.DAP), Section.DATA, "Slept better."), true);
                    return Expected.of(AuditAction.NOTE_EDITED, f.client, note);
                }),
                new Row("note signed", f -> {
                    long note = f.draft();
                    f.baseline();
                    f.services.notes().sign(ACTOR, f.client, note);
                    return Expected.of(AuditAction.NOTE_SIGNED, f.client, note);
                }),
                new Row("addendum", f -> {
                    long note = f.signed();
                    f.baseline();
                    f.services.notes().addAddendum(ACTOR, f.client, note, AddendumKind.CORRECTION, "The session ran 50 minutes.");
                    return Expected.of(AuditAction.ADDENDUM_ADDED, f.client, note).detail("correction"::equals);
                }),
                new Row("search that reads the private notes", f -> {
                    new VaultAccess(f.vault, TestVaults.CLOCK).search(ACTOR, "command line: search", f.services.search(), "sleep", true);
                    return Expected.of(AuditAction.PRIVATE_NOTES_SEARCHED, null, null);
                }),
                new Row("taxonomy entry added", f -> {
                    f.services.taxonomy().addCustom(ACTOR, Category.TRIGGER, "Moving house", "A move of home");
                    return Expected.of(AuditAction.TAXONOMY_CHANGED, null, null).detail(d -> d.startsWith("added: "));
                }),
                new Row("taxonomy entry relabelled", f -> {
                    String key = f.customEntry();
                    f.baseline();
                    f.services.taxonomy().relabel(ACTOR, key, "Moving home");
                    return Expected.of(AuditAction.TAXONOMY_CHANGED, null, null).detail(("relabelled: " + key)::equals);
                }),
                new Row("taxonomy entry described", f -> {
                    String key = f.customEntry();
                    f.baseline();
                    f.services.taxonomy().describe(ACTOR, key, "Any change of home");
                    return Expected.of(AuditAction.TAXONOMY_CHANGED, null, null).detail(("described: " + key)::equals);
                }),
                new Row("taxonomy entry deactivated", f -> {
                    String key = f.customEntry();
                    f.baseline();
                    f.services.taxonomy().setActive(ACTOR, key, false);
                    return Expected.of(AuditAction.TAXONOMY_CHANGED, null, null).detail(("deactivated: " + key)::equals);
                }),
                new Row("taxonomy entry deleted", f -> {
                    String key = f.customEntry();
                    f.baseline();
                    f.services.taxonomy().delete(ACTOR, key);
                    return Expected.of(AuditAction.TAXONOMY_CHANGED, null, null).detail(("deleted: " + key)::equals);
                }),
                new Row("risk review", f -> {
                    long review = f.services.riskReviews().record(ACTOR, f.client, "Dr Ada Imaginary", "No current intent; plan agreed.").id();
                    return Expected.of(AuditAction.RISK_REVIEWED, f.client, null).detail(("review " + review)::equals);
                }),
                new Row("record export", f -> {
                    new RecordExportService(f.vault, TestVaults.CLOCK, ACTOR)
                            .export(f.client, f.dir.resolve("record"), false, List.of(new JsonRecordWriter()));
                    return Expected.of(AuditAction.EXPORT, f.client, null).detail(d -> d.startsWith("record: ") && d.endsWith(".json"));
                }),
                new Row("progress summary", f -> {
                    Exports.summaries(f.vault, TestVaults.CLOCK, ACTOR).render(new SummaryRequest(f.client, f.period(),
                            SummaryOptions.defaults(), f.dir.resolve("summary.pdf")), ProgressListener.NONE, new CancellationFlag());
                    return Expected.of(AuditAction.EXPORT, f.client, null).detail("summary: summary.pdf"::equals);
                }),
                new Row("batch of summaries", f -> {
                    Exports.summaries(f.vault, TestVaults.CLOCK, ACTOR).renderBatch(new BatchRequest(List.of(f.client), f.period(),
                            SummaryOptions.defaults(), f.dir.resolve("batch")), ProgressListener.NONE, new CancellationFlag());
                    return Expected.of(AuditAction.EXPORT, f.client, null).detail(d -> d.startsWith("batch: summary-client-" + f.client));
                }),
                new Row("backup", f -> {
                    new BackupService(TestVaults.vaults(), TestVaults.CLOCK, ACTOR).backUp(f.vault,
                            new BackupSettings(f.dir.resolve("backups"), 14, 12), BackupKind.MANUAL, BackupProgress.NONE);
                    return Expected.of(AuditAction.BACKUP, null, null).detail(d -> d.endsWith(".zip"));
                }),
                new Row("restore", f -> {
                    Path backup = new BackupService(TestVaults.vaults(), TestVaults.CLOCK, ACTOR).backUp(f.vault,
                            new BackupSettings(f.dir.resolve("backups"), 14, 12), BackupKind.MANUAL, BackupProgress.NONE).file();
                    f.baseline(); // the restored trail continues from the backup, which does not hold its own entry
                    f.closeVault();
                    new RestoreService(TestVaults.vaults(), TestVaults.CLOCK, ACTOR).restore(backup, f.folder,
                            TestVaults.PASSPHRASE.clone(), f.dir.resolve("kept"), BackupProgress.NONE, Checkpoints.NONE);
                    f.reopen(TestVaults.PASSPHRASE);
                    return Expected.of(AuditAction.RESTORE, null, null).detail(d -> d.startsWith("from "));
                }),
                new Row("passphrase change", f -> {
                    f.closeVault();
                    char[] next = "a new and longer passphrase".toCharArray();
                    TestVaults.vaults().changePassphrase(f.folder, TestVaults.PASSPHRASE.clone(), next.clone(),
                            PassphraseChanges.inspector(TestVaults.CLOCK, ACTOR), Checkpoints.NONE);
                    f.reopen(next);
                    return Expected.of(AuditAction.PASSPHRASE_CHANGED, null, null);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void everyActionLeavesExactlyOneEntryOfItsKind(Row row) throws Exception {
        fixture = new Fixture(dir);
        fixture.baseline();

        Expected expected = row.action().run(fixture);

        List<AuditEvent> added = fixture.added();
        List<AuditEvent> ofKind = added.stream().filter(e -> e.action() == expected.action()).toList();
        assertThat(ofKind).as("entries of kind %s after '%s'", expected.action(), row.name()).hasSize(1);
        AuditEvent entry = ofKind.get(0);
        assertThat(entry.actor()).isEqualTo(expected.actor());
        assertThat(entry.clientId()).isEqualTo(expected.clientId());
        assertThat(entry.noteId()).isEqualTo(expected.noteId());
        assertThat(entry.detail()).as("detail of %s", expected.action()).matches(d -> expected.detail().test(d));
        assertThat(added.stream().map(AuditEvent::action).filter(a -> a != expected.action()).collect(Collectors.toSet()))
                .as("other entries after '%s'", row.name()).isEqualTo(expected.alsoWritten());
        assertThat(added).hasSize(1 + expected.alsoWritten().size());
        assertThat(AuditRepository.of(fixture.vault).verifyChain().intact()).isTrue();
    }

    /** A fresh vault with one client, set up without the services so the trail starts empty of its own. */
    static final class Fixture {
        final Path dir;
        final Path folder;
        Vault vault;
        VaultServices services;
        final long client;
        private Set<String> before = Set.of();

        Fixture(Path dir) {
            this.dir = dir;
            this.folder = dir.resolve("vault");
            this.vault = TestVaults.create(folder);
            this.services = VaultServices.of(vault, TestVaults.CLOCK, () -> ACTOR);
            this.client = services.clients().create(ACTOR, ClientDetails.of(CLIENT_NAME, LocalDate.of(2026, 1, 5)));
        }

        long draft() {
            return services.notes().create(ACTOR, client, NoteContents.withPrivateNotes(
                    NoteContents.withSection(NoteContents.blank(SESSION, NoteFormat.DAP), Section.DATA, "Sleep was poor."),
                    "Sleep and shame, private."));
        }

        long signed() {
            long note = draft();
            services.notes().sign(ACTOR, client, note);
            return note;
        }

        String customEntry() {
            return services.taxonomy().addCustom(ACTOR, Category.TRIGGER, "Moving house", "A move of home").key();
        }

        SummaryPeriod period() {
            return new SummaryPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 21));
        }

        /** Whatever the row set up so far is not what it is judged on. */
        void baseline() {
            before = services.audit().list(AuditFilter.all()).stream().map(AuditEvent::rowHash).collect(Collectors.toSet());
        }

        List<AuditEvent> added() {
            return services.audit().list(AuditFilter.all()).stream().filter(e -> !before.contains(e.rowHash())).toList();
        }

        void closeVault() {
            services.search().close();
            vault.close();
            vault = null;
        }

        void reopen(char[] passphrase) throws Exception {
            vault = TestVaults.vaults().open(folder, passphrase.clone());
            services = VaultServices.of(vault, TestVaults.CLOCK, () -> ACTOR);
        }

        void close() {
            if (vault != null) {
                closeVault();
            }
        }
    }
}
