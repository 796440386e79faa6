package org.goldseam.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.workspace.NoteContents;
import org.goldseam.app.workspace.NoteEditorPresenter;
import org.goldseam.audit.AuditAction;
import org.goldseam.clients.ClientDetails;
import org.goldseam.app.services.Clinicians;
import org.goldseam.notes.AddendumKind;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.NoteIntegrity;
import org.goldseam.notes.Section;
import org.goldseam.notes.SessionNote;
import org.goldseam.notes.ThemeObservation;
import org.goldseam.testing.FakeScheduler;
import org.goldseam.testing.NoteSamples;
import org.goldseam.testing.TestVaults;
import org.goldseam.testing.VaultDowngrade;
import org.goldseam.vault.Vault;
import org.goldseam.vault.persistence.VaultStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who signs: the clinician named when the vault was created (or later, for an older vault), never
 * the operating-system account. The account name is set to a marker here so that any place still
 * using it shows up.
 */
class WhoSignsTest {
    private static final String OS_ACCOUNT = "os-account-marker";
    private static final String NAME = "Dr Ana Example";
    private static final String CREDENTIALS = "PsyD, licensed psychologist";
    private static final String SIGNATURE = NAME + ", " + CREDENTIALS;
    private static final OffsetDateTime SESSION = OffsetDateTime.of(2026, 11, 19, 15, 0, 0, 0, ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private String accountBefore;
    private Path folder;
    private Path pass;

    @BeforeEach
    void markTheAccount() throws Exception {
        accountBefore = System.getProperty("user.name");
        System.setProperty("user.name", OS_ACCOUNT);
        folder = dir.resolve("vault");
        pass = CliRun.defaultPassphraseFile(dir);
    }

    @AfterEach
    void restoreTheAccount() {
        System.setProperty("user.name", accountBefore);
    }

    @Test
    void aVaultCreatedWithANameSignsNotesAddendaAuditAndExportsWithIt() throws Exception {
        CliRun init = cli("init", "--clinician-name", NAME, "--credentials", CREDENTIALS);
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("signed by " + SIGNATURE);

        long client;
        try (Vault vault = TestVaults.open(folder)) {
            VaultServices services = VaultServices.of(vault, TestVaults.CLOCK);
            client = new org.goldseam.clients.persistence.ClientRepository(vault.database().dsl()).insert(ClientDetails.of("Ines Invented", SESSION.toLocalDate()));
            NoteEditorPresenter editor = editorAsTheAppWiresIt(vault, services);
            editor.create(client, NoteContents.blank(SESSION, NoteFormat.DAP));
            editor.edit(c -> NoteContents.withSection(c, Section.DATA, "Talked about the review at work."));
            editor.sign();
            editor.addAddendum(AddendumKind.ADDENDUM, "Client phoned to confirm the next time.");

            assertThat(editor.note().signedBy()).isEqualTo(SIGNATURE);
            assertThat(editor.addenda()).singleElement().satisfies(a -> assertThat(a.author()).isEqualTo(SIGNATURE));
        }

        CliRun export = cli("export", "--client", String.valueOf(client), "--out", dir.resolve("out").toString(),
                "--format", "json");
        assertThat(export.exitCode()).as(export.err()).isZero();
        String json;
        try (var files = Files.list(dir.resolve("out"))) {
            json = Files.readString(files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow());
        }
        JsonNode note = JSON.readTree(json).path("notes").get(0);
        assertThat(note.path("signedBy").asText()).isEqualTo(SIGNATURE);
        assertThat(note.path("addenda").get(0).path("author").asText()).isEqualTo(SIGNATURE);

        CliRun audit = cli("audit", "--format", "csv");
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        assertThat(audit.out()).contains(AuditAction.NOTE_SIGNED.dbValue()).contains(AuditAction.ADDENDUM_ADDED.dbValue())
                .contains(AuditAction.EXPORT.dbValue()).contains(SIGNATURE);
        assertThat(audit.out() + json).doesNotContain(OS_ACCOUNT);
    }

    @Test
    void anOlderVaultKeepsItsAccountSignedNotesAndAsksForANameBeforeSigning() throws Exception {
        long client;
        long oldNote;
        long draft;
        try (Vault vault = TestVaults.createUnnamed(folder)) {
            VaultServices services = VaultServices.of(vault, TestVaults.CLOCK);
            client = new org.goldseam.clients.persistence.ClientRepository(vault.database().dsl()).insert(ClientDetails.of("Ines Invented", SESSION.toLocalDate()));
            long fraud = services.framework().taxonomy().get("core_belief.fraud").id();
            // what an older Goldseam did: signed as the operating-system account
            oldNote = new org.goldseam.notes.persistence.SessionNoteRepository(vault.database().dsl()).createDraft(client, NoteSamples.dapWith(SESSION, List.of(new ThemeObservation(fraud, 6, null, null))));
            new org.goldseam.notes.persistence.SessionNoteRepository(vault.database().dsl()).sign(oldNote, OS_ACCOUNT, Instant.parse("2026-11-19T17:00:00Z"));
            draft = new org.goldseam.notes.persistence.SessionNoteRepository(vault.database().dsl()).createDraft(client, NoteSamples.dap(SESSION.plusWeeks(1), Attendance.ATTENDED));
            VaultDowngrade.toSchema5(vault.database().dsl());
        }

        CliRun check = cli("check");
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(cli("clinician").out()).contains("No clinician is named yet");

        try (Vault vault = TestVaults.open(folder)) {
            assertThat(VaultStore.schemaStatus(vault.database()).appliedVersion()).isEqualTo(9);
            VaultServices services = VaultServices.of(vault, TestVaults.CLOCK);
            SessionNote old = services.notes().findById(oldNote).orElseThrow();
            assertThat(old.signedBy()).as("a signed note keeps its signer").isEqualTo(OS_ACCOUNT);
            assertThat(NoteIntegrity.verify(old)).isTrue();
            assertThat(old.atSigning().entries()).as("its labels kept from the upgrade on").isNotEmpty();

            NoteEditorPresenter editor = editorAsTheAppWiresIt(vault, services);
            editor.open(draft);
            editor.sign();
            assertThat(editor.message()).isEqualTo(Clinicians.NO_NAME_YET);
            assertThat(services.notes().findById(draft).orElseThrow().isSigned()).isFalse();
            editor.open(oldNote);
            editor.addAddendum(AddendumKind.ADDENDUM, "A correction.");
            assertThat(editor.message()).isEqualTo(Clinicians.NO_NAME_YET);
            assertThat(services.notes().addenda(oldNote)).isEmpty();
        }

        CliRun named = cli("clinician", "--name", NAME, "--credentials", CREDENTIALS);
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(cli("clinician").out()).contains("signed by " + SIGNATURE);

        try (Vault vault = TestVaults.open(folder)) {
            VaultServices services = VaultServices.of(vault, TestVaults.CLOCK);
            NoteEditorPresenter editor = editorAsTheAppWiresIt(vault, services);
            editor.open(draft);
            editor.sign();
            assertThat(editor.note().signedBy()).isEqualTo(SIGNATURE);
            assertThat(services.notes().findById(oldNote).orElseThrow().signedBy()).isEqualTo(OS_ACCOUNT);
        }
        assertThat(cli("check").exitCode()).isZero();
        assertThat(cli("audit", "--format", "csv", "--action", "clinician_set").out()).contains(SIGNATURE);
    }

    @Test
    void namingTakesBothANameAndCredentials() {
        try (Vault vault = TestVaults.createUnnamed(folder)) {
            assertThat(new Clinicians(vault, TestVaults.CLOCK).current()).isEmpty();
        }
        CliRun half = cli("clinician", "--name", NAME);
        assertThat(half.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(half.err()).contains("--credentials");
        CliRun blank = cli("clinician", "--name", " ", "--credentials", CREDENTIALS);
        assertThat(blank.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(blank.err()).contains("Your name must be given");
    }

    /** As the desktop app wires the editor: audit actor and signer from the vault's clinician. */
    private static NoteEditorPresenter editorAsTheAppWiresIt(Vault vault, VaultServices services) {
        AppPreferences preferences = AppPreferences.defaults()
                .withClinician(new Clinicians(vault, TestVaults.CLOCK).current().orElse(null));
        return new NoteEditorPresenter(services, BackgroundTasks.synchronous(), new FakeScheduler(), preferences::auditActor,
                preferences::signature, () -> { });
    }

    private CliRun cli(String command, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(command, "--data-dir", folder.toString(),
                "--passphrase-file", pass.toString()));
        all.addAll(List.of(args));
        return CliRun.run(all.toArray(String[]::new));
    }
}
