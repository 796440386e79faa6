package org.goldseam.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldseam.db.Tables.PRIVATE_NOTE;
import static org.goldseam.db.Tables.SESSION_NOTE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.goldseam.framework.persistence.wiring.FrameworkWiring;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.measure.Aggregation;
import org.goldseam.framework.measure.Instrument;
import org.goldseam.framework.measure.Item;
import org.goldseam.framework.measure.ResponseOption;
import org.goldseam.framework.measure.Subscale;
import org.goldseam.framework.model.RiskFlag;
import org.goldseam.notes.AddendumKind;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.summary.PdfChecks;
import org.goldseam.summary.SummaryFixture;
import org.goldseam.testing.TestVaults;
import org.goldseam.testing.VaultContent;
import org.goldseam.vault.Vault;
import org.goldseam.vault.VaultFiles;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The acceptance points, through the real command line on a demo caseload. */
class ReliabilityCommandsTest {
    private static final String PRIVATE_MARKER = "PRIVATE-MARKER-Kestrel-4471";
    private static final String NAME = "Zo\u00eb \u0141ukasz-\u00d8rsted \u674e\u5c0f\u9f8d";
    private static final String ADDENDUM = "Addendum-Heron-2208: the client phoned to correct the date of her move.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OffsetDateTime RESOLVED_FLAG_AT = OffsetDateTime.parse("2026-11-20T08:00:00Z");
    private static final OffsetDateTime OPEN_FLAG_AT = OffsetDateTime.parse("2026-11-20T09:00:00Z");
    private static final String RESOLUTION = "Resolution-Plover-5120: no current intent; safety plan rehearsed.";
    private static final String SUBSCALE_KEY = "somatic";
    private static final String SUBSCALE_LABEL = "Bodily symptoms";

    @TempDir
    static Path dir;
    static Path demo;
    static Path pass;
    static long clientId;

    @BeforeAll
    static void demoCaseloadWithAPlantedPrivateMarker() throws Exception {
        pass = CliRun.defaultPassphraseFile(dir);
        demo = dir.resolve("demo");
        CliRun run = CliRun.run("demo", "--data-dir", demo.toString(), "--passphrase-file", pass.toString(),
                "--clients", "20", "--sessions", "30", "--seed", "5", "--as-of", "2026-11-20");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Vault vault = TestVaults.open(demo)) {
            DSLContext dsl = vault.database().dsl();
            // a draft, so the planted text goes in the way a clinician would write it (a signed note is sealed)
            var draft = dsl.select(SESSION_NOTE.ID, SESSION_NOTE.CLIENT_ID).from(SESSION_NOTE)
                    .where(SESSION_NOTE.STATUS.eq("draft")).orderBy(SESSION_NOTE.ID).limit(1).fetchSingle();
            clientId = draft.value2();
            SessionNoteRepository notes = new SessionNoteRepository(dsl);
            NoteContent content = notes.findById(draft.value1()).orElseThrow().content();
            notes.saveDraft(draft.value1(), new NoteContent(content.startsAt(), content.durationMinutes(), content.type(),
                    content.modality(), content.attendance(), content.format(), content.summaryLine(), content.sections(),
                    "Countertransference: " + PRIVATE_MARKER, content.observations(), content.interventions(),
                    content.goalProgress()));
            assertThat(dsl.fetchCount(PRIVATE_NOTE, PRIVATE_NOTE.BODY.contains(PRIVATE_MARKER))).isEqualTo(1);
            // the PDF must carry any script the shipped fonts cover, and addenda as well as notes
            SummaryFixture.rename(vault, clientId, NAME);
            long signed = dsl.select(SESSION_NOTE.ID).from(SESSION_NOTE).where(SESSION_NOTE.CLIENT_ID.eq(clientId))
                    .and(SESSION_NOTE.STATUS.eq("signed")).orderBy(SESSION_NOTE.ID).limit(1).fetchSingle().value1();
            notes.addAddendum(signed, AddendumKind.ADDENDUM, "Dr Ana Q. Invented", ADDENDUM, TestVaults.CLOCK.instant());
            plantRiskHistoryAndSubscales(FrameworkWiring.of(vault, TestVaults.CLOCK));
        }
    }

    /**
     * A flag a review resolved and one left open, on the day after the demo's last session so no
     * demo review can touch them; and an invented questionnaire with subscales, which the demo has none of.
     */
    private static void plantRiskHistoryAndSubscales(ClinicalFramework framework) {
        framework.measures().administer(clientId, Instrument.PHQ9, null, RESOLVED_FLAG_AT, phq9(2));
        framework.risk().recordReview(clientId, RESOLVED_FLAG_AT.plusMinutes(30), "Dr Ana Q. Invented", RESOLUTION);
        framework.measures().administer(clientId, Instrument.PHQ9, null, OPEN_FLAG_AT, phq9(1));
        assertThat(framework.risk().openFlags(clientId)).extracting(RiskFlag::raisedAt).contains(OPEN_FLAG_AT)
                .doesNotContain(RESOLVED_FLAG_AT);

        List<Item> items = List.of(new Item(1, "Invented item about sleep", false), new Item(2, "Invented item about aches", false),
                new Item(3, "Invented item about worry", false), new Item(4, "Invented item about dread", false));
        framework.measures().defineCustom(new Instrument("strain_check", "Strain check (invented)", false, 0, 4,
                "Rate each statement for the last two weeks.", items,
                List.of(new ResponseOption(0, "Never"), new ResponseOption(4, "Always")),
                List.of(new Subscale(SUBSCALE_KEY, SUBSCALE_LABEL, Aggregation.SUM, List.of(1, 2), List.of()),
                        new Subscale("worry_load", "Weight of worry", Aggregation.MEAN, List.of(3, 4), List.of())),
                List.of()), RESOLVED_FLAG_AT);
        framework.measures().administer(clientId, "strain_check", null, OPEN_FLAG_AT, Map.of(1, 3, 2, 4, 3, 1, 4, 2));
    }

    private static Map<Integer, Integer> phq9(int item9) {
        Map<Integer, Integer> answers = new java.util.HashMap<>();
        for (int item = 1; item <= 8; item++) {
            answers.put(item, 1);
        }
        answers.put(9, item9);
        return answers;
    }

    /** A fresh copy of the demo vault (closed, so copying its files is consistent). */
    private static Path copyOfDemo(String name) throws IOException {
        Path copy = dir.resolve(name).resolve("vault"); // each copy gets its own default backup folder beside it
        Files.createDirectories(copy);
        for (String file : new String[] {VaultFiles.HEADER_NAME, "goldseam.mv.db"}) {
            Files.copy(demo.resolve(file), copy.resolve(file));
        }
        return copy;
    }

    private static CliRun run(Path vault, String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data-dir", vault.toString(), "--passphrase-file", pass.toString()))
                .toArray(String[]::new);
        return CliRun.run(all);
    }

    @Test
    void theRecordExportWritesJsonAndPdfAndLeavesOutPrivateNotesUnlessAsked() throws Exception {
        Path vault = copyOfDemo("export");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("docs", "record-export.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }

        CliRun plain = run(vault, "export", "--client", String.valueOf(clientId), "--out", dir.resolve("out").toString());
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(files(dir.resolve("out"))).hasSize(2);
        Path json = file(dir.resolve("out"), ".json");
        Path pdf = file(dir.resolve("out"), ".pdf");
        assertThat(plain.out()).contains("Wrote " + json).contains("Wrote " + pdf);
        String text = Files.readString(json, StandardCharsets.UTF_8);
        JsonNode record = JSON.readTree(text);
        Set<ValidationMessage> problems = schema.validate(record);
        assertThat(problems).isEmpty();
        assertThat(record.path("includesPrivateNotes").asBoolean()).isFalse();
        assertThat(record.path("notes").size()).isPositive();
        assertThat(record.path("notes").get(0).path("sections").size()).isPositive();
        assertThat(record.path("measures").size()).isPositive();
        assertThat(text).doesNotContain(PRIVATE_MARKER).doesNotContain("privateNotes");
        assertThat(plain.err()).doesNotContain("warning");
        assertThat(record.path("formatVersion").asInt()).as("the version the schema states")
                .isEqualTo(schemaJson().path("properties").path("formatVersion").path("const").asInt())
                .isEqualTo(Integer.parseInt(schemaJson().path("$id").asText().replaceAll(".*:", "")));

        // the whole risk history, resolved flags as well as open ones, oldest first
        JsonNode flags = record.path("risk").path("allFlags");
        JsonNode resolved = flagRaisedAt(flags, RESOLVED_FLAG_AT);
        JsonNode open = flagRaisedAt(flags, OPEN_FLAG_AT);
        assertThat(resolved.path("status").asText()).isEqualTo("resolved");
        assertThat(resolved.path("resolvedAt").asText()).isEqualTo("2026-11-20T08:30:00Z");
        assertThat(resolved.path("resolvedBy").asText()).isEqualTo("Dr Ana Q. Invented");
        assertThat(resolved.path("resolution").asText()).isEqualTo(RESOLUTION);
        assertThat(resolved.path("reason").asText()).isEqualTo(RiskFlag.PHQ9_ITEM9);
        assertThat(open.path("status").asText()).isEqualTo("open");
        assertThat(open.has("resolvedAt")).isFalse();
        List<String> raised = flags.findValuesAsText("raisedAt");
        assertThat(raised).isSortedAccordingTo(java.util.Comparator.comparing(java.time.Instant::parse));
        assertThat(record.path("risk").path("openFlags").findValuesAsText("raisedAt")).contains(OPEN_FLAG_AT.toInstant().toString())
                .doesNotContain(RESOLVED_FLAG_AT.toInstant().toString());
        // subscales keep their key for programs and gain the label for people
        JsonNode subscale = null;
        for (JsonNode measure : record.path("measures")) {
            for (JsonNode part : measure.path("subscales")) {
                if (part.path("key").asText().equals(SUBSCALE_KEY)) {
                    subscale = part;
                }
            }
        }
        assertThat(subscale).as("the planted subscale").isNotNull();
        assertThat(subscale.path("label").asText()).isEqualTo(SUBSCALE_LABEL);
        assertThat(new java.math.BigDecimal(subscale.path("score").asText())).isEqualByComparingTo("7");
        // the schema holds the new fields to their rules: a resolved flag names its review, an open one does not
        ((ObjectNode) resolved).remove("resolvedAt");
        assertThat(schema.validate(record)).isNotEmpty();
        ((ObjectNode) resolved).put("resolvedAt", "2026-11-20T08:30:00Z");
        ((ObjectNode) open).put("resolvedBy", "Dr Ana Q. Invented");
        assertThat(schema.validate(record)).isNotEmpty();
        ((ObjectNode) open).remove("resolvedBy");
        ((ObjectNode) subscale).remove("label");
        assertThat(schema.validate(record)).isNotEmpty();
        ((ObjectNode) subscale).put("label", SUBSCALE_LABEL);
        assertThat(schema.validate(record)).isEmpty();

        assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfChecks.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        String pdfText = words(PdfChecks.text(pdf));
        assertThat(pdfText).contains("Client record \u2014 " + NAME)
                .contains("Confidential \u2014 client record \u2014 page 1 of")
                .contains(words(ADDENDUM))
                .contains(words(firstLine(record.path("notes").get(0).path("sections").get(0).path("text").asText())))
                .contains("are not included")
                .doesNotContain(PRIVATE_MARKER);
        assertThat(pdfText).contains("Risk history")
                .containsSubsequence("20 Nov 2026, 08:00", "Resolved on 20 Nov 2026, 08:30 by Dr Ana Q. Invented",
                        "Outcome: " + RESOLUTION, "20 Nov 2026, 09:00", "Open: not yet reviewed", "Reviews")
                .contains(SUBSCALE_LABEL + ": 7").contains("Weight of worry: 1.5").doesNotContain(SUBSCALE_KEY + ":").doesNotContain("worry_load");
        JsonNode banded = null;
        for (JsonNode measure : record.path("measures")) {
            if (measure.hasNonNull("band")) {
                banded = measure;
            }
        }
        assertThat(banded).as("a measure with a severity band").isNotNull();
        assertThat(pdfText).contains(banded.path("band").asText());

        CliRun full = run(vault, "export", "--client", String.valueOf(clientId), "--out", dir.resolve("full").toString(),
                "--include-private-notes");
        assertThat(full.exitCode()).as(full.err()).isZero();
        assertThat(full.err()).contains("warning: this export will contain your private psychotherapy notes");
        Path withPrivate = file(dir.resolve("full"), ".json");
        Path pdfWithPrivate = file(dir.resolve("full"), ".pdf");
        assertThat(withPrivate.getFileName().toString()).endsWith("-with-private-notes.json");
        assertThat(pdfWithPrivate.getFileName().toString()).endsWith("-with-private-notes.pdf");
        JsonNode fullRecord = JSON.readTree(withPrivate.toFile());
        assertThat(schema.validate(fullRecord)).isEmpty();
        assertThat(Files.readString(withPrivate)).contains(PRIVATE_MARKER);
        assertThat(words(PdfChecks.text(pdfWithPrivate))).contains(PRIVATE_MARKER)
                .contains("This copy includes the clinician\u2019s private psychotherapy notes")
                .contains("Private psychotherapy note \u2014 not part of the client\u2019s record");
        assertThat(PdfChecks.failedRules(pdfWithPrivate, PDFAFlavour.PDFUA_1)).isEmpty();

        // a document claiming no private notes but carrying one is invalid: the schema itself guards the default
        ((com.fasterxml.jackson.databind.node.ObjectNode) fullRecord).put("includesPrivateNotes", false);
        assertThat(schema.validate(fullRecord)).isNotEmpty();

        CliRun audit = run(vault, "audit", "--client", String.valueOf(clientId), "--action", "export", "--format", "csv");
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        assertThat(audit.out()).contains("record: " + json.getFileName())
                .contains("record: " + pdf.getFileName())
                .contains(withPrivate.getFileName() + " (includes private notes)")
                .contains(pdfWithPrivate.getFileName() + " (includes private notes)")
                .doesNotContain(PRIVATE_MARKER);
    }

    @Test
    void aCharacterNoFontHasFailsThePdfWithExitCode10AndWritesNothing() throws Exception {
        Path vault = copyOfDemo("glyph");
        try (Vault open = TestVaults.open(vault)) {
            SummaryFixture.rename(open, clientId, "Anaya \u0915\u092E\u0932"); // Devanagari: no shipped font has it
        }
        Path out = dir.resolve("glyph-out");
        CliRun refused = run(vault, "export", "--client", String.valueOf(clientId), "--out", out.toString());
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.SUMMARY_FAILED);
        assertThat(refused.err()).contains("The client record PDF was not written").contains("U+0915")
                .contains("the client details").contains("--format json").doesNotContain("Exception");
        assertThat(Files.exists(out) ? files(out) : List.<Path>of()).isEmpty();

        CliRun jsonOnly = run(vault, "export", "--client", String.valueOf(clientId), "--out", out.toString(), "--format", "json");
        assertThat(jsonOnly.exitCode()).as(jsonOnly.err()).isZero();
        assertThat(files(out)).singleElement().satisfies(f -> assertThat(f.toString()).endsWith(".json"));

        CliRun wrong = run(vault, "export", "--client", String.valueOf(clientId), "--out", out.toString(), "--format", "docx");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("--format is json, pdf or both");
    }

    @Test
    void restoreRoundTripGivesBackExactlyTheBackedUpData() throws Exception {
        Path vault = copyOfDemo("round-trip");
        CliRun backup = run(vault, "backup");
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backed up to").contains("checks passed");
        Path file = onlyFile(vault.getParent().resolve("goldseam-backups"));
        Map<String, String> backedUp;
        try (Vault open = TestVaults.open(vault)) {
            backedUp = VaultContent.clinical(open);
            new ClientRepository(open.database().dsl()).insert(ClientDetails.of("Added After The Backup", LocalDate.of(2026, 11, 20)));
            new ClientRepository(open.database().dsl()).delete(clientId);
            assertThat(VaultContent.clinical(open)).isNotEqualTo(backedUp);
        }

        CliRun restore = run(vault, "restore", file.toString(), "--keep-previous-in", dir.resolve("replaced").toString());

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored the backup").contains("The vault it replaced is kept as");
        try (Vault open = TestVaults.open(vault)) {
            assertThat(VaultContent.clinical(open)).isEqualTo(backedUp);
        }
        assertThat(run(vault, "check").exitCode()).isZero();
        assertThat(onlyFile(dir.resolve("replaced")).getFileName().toString()).contains("-before-restore-");
    }

    @Test
    void aPassphraseChangeThroughTheCommandLineIsCheckedAndAudited() throws Exception {
        Path vault = copyOfDemo("passphrase");
        Path newPass = CliRun.passphraseFile(dir, "an entirely new passphrase here");

        CliRun change = run(vault, "passphrase", "--new-passphrase-file", newPass.toString());

        assertThat(change.exitCode()).as(change.err()).isZero();
        assertThat(change.out()).contains("now opens only with the new one");
        assertThat(run(vault, "check").exitCode()).isEqualTo(3);
        CliRun audit = CliRun.run("audit", "--action", "passphrase_changed", "--format", "json", "--data-dir", vault.toString(),
                "--passphrase-file", newPass.toString());
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        assertThat(JSON.readTree(audit.out())).hasSize(1);
    }

    @Test
    void aDamagedVaultIsReportedWithItsNewestBackupAndNotOverwritten() throws Exception {
        Path vault = copyOfDemo("damaged").toAbsolutePath();
        Path backups = vault.getParent().resolve("goldseam-backups");
        assertThat(run(vault, "backup", "--to", dir.resolve("elsewhere").toString()).exitCode()).isZero();
        assertThat(run(vault, "backup").exitCode()).isZero();
        Path newest = onlyFile(backups);
        Path db = new VaultFiles(vault).databaseFile();
        try (var file = new java.io.RandomAccessFile(db.toFile(), "rw")) {
            file.setLength(file.length() - 8_000);
        }
        Map<String, String> before = TestVaults.fingerprint(vault);

        CliRun check = run(vault, "check");

        assertThat(check.exitCode()).isEqualTo(5);
        assertThat(check.err()).contains("damaged").contains("goldseam restore").contains(newest.toString())
                .doesNotContain("\tat ");
        assertThat(TestVaults.fingerprint(vault)).isEqualTo(before);
    }

    @Test
    void theAuditCommandFiltersAndRefusesNonsense() {
        CliRun unknown = run(demo, "audit", "--action", "looked_around");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no audit action 'looked_around'");
        CliRun backwards = run(demo, "audit", "--from", "2026-11-20", "--to", "2026-11-01");
        assertThat(backwards.exitCode()).isEqualTo(2);
        CliRun none = run(demo, "audit", "--from", "2030-01-01");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("(none)");
    }

    private static JsonNode schemaJson() throws IOException {
        return JSON.readTree(Path.of("docs", "record-export.schema.json").toFile());
    }

    private static JsonNode flagRaisedAt(JsonNode flags, OffsetDateTime raisedAt) {
        for (JsonNode flag : flags) {
            if (flag.path("raisedAt").asText().equals(raisedAt.toInstant().toString())) {
                return flag;
            }
        }
        throw new AssertionError("no flag raised at " + raisedAt + " in " + flags);
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(Path folder, String ending) {
        List<Path> matching = files(folder).stream().filter(f -> f.getFileName().toString().endsWith(ending)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    /** Text with every run of white space as one space: PDF extraction breaks lines where the layout did. */
    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElseThrow();
        return line.length() > 60 ? line.substring(0, 60) : line;
    }

    private static Path onlyFile(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            var all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
