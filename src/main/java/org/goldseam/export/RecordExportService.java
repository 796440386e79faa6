package org.goldseam.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.goldseam.audit.AuditAnchor;
import org.goldseam.framework.persistence.wiring.FrameworkWiring;
import org.goldseam.audit.AuditService;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.clients.Client;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.export.ClientRecordExport.Addendum;
import org.goldseam.export.ClientRecordExport.Attachment;
import org.goldseam.export.ClientRecordExport.CriticLine;
import org.goldseam.export.ClientRecordExport.Formulation;
import org.goldseam.export.ClientRecordExport.Goal;
import org.goldseam.export.ClientRecordExport.GoalPoint;
import org.goldseam.export.ClientRecordExport.GoalRating;
import org.goldseam.export.ClientRecordExport.Intervention;
import org.goldseam.export.ClientRecordExport.Measure;
import org.goldseam.export.ClientRecordExport.Note;
import org.goldseam.export.ClientRecordExport.Reflection;
import org.goldseam.export.ClientRecordExport.Risk;
import org.goldseam.export.ClientRecordExport.RiskFlagEntry;
import org.goldseam.export.ClientRecordExport.RiskFlagPart;
import org.goldseam.export.ClientRecordExport.RiskReviewPart;
import org.goldseam.export.ClientRecordExport.Section;
import org.goldseam.export.ClientRecordExport.SubscaleResult;
import org.goldseam.export.ClientRecordExport.Theme;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.measure.Subscale;
import org.goldseam.framework.model.AttachmentDraft;
import org.goldseam.framework.model.EarlyExperience;
import org.goldseam.framework.model.FormulationDraft;
import org.goldseam.framework.model.RiskFlag;
import org.goldseam.framework.model.RiskFlagWithReview;
import org.goldseam.framework.model.RiskReview;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.notes.LabelsAtSigning;
import org.goldseam.notes.NoteListItem;
import org.goldseam.notes.SessionNote;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.vault.Durable;
import org.goldseam.vault.GoldseamVersion;
import org.goldseam.vault.Vault;
import org.jspecify.annotations.Nullable;

/**
 * The client's record for the right of access: everything except the private psychotherapy notes,
 * which are read from their own table (ADR 0004) only when {@code includePrivateNotes} is set.
 * Every file written is an {@code export} entry in the audit trail, naming the file, not its content.
 */
public final class RecordExportService {
    private final Vault vault;
    private final Clock clock;
    private final String actor;

    public RecordExportService(Vault vault, Clock clock, String actor) {
        this.vault = vault;
        this.clock = clock;
        this.actor = actor;
    }

    /** @throws NoSuchElementException if there is no such client */
    public ClientRecordExport collect(long clientId, boolean includePrivateNotes) {
        var dsl = vault.database().dsl();
        Client client = new ClientRepository(dsl, clock).findById(clientId)
                .orElseThrow(() -> new NoSuchElementException("no client with id " + clientId));
        ClinicalFramework framework = FrameworkWiring.of(vault, clock);
        Map<Long, TaxonomyEntry> taxonomy = framework.taxonomy().all().stream()
                .collect(Collectors.toMap(TaxonomyEntry::id, Function.identity()));
        SessionNoteRepository notes = new SessionNoteRepository(dsl, clock);
        Map<Long, String> goalsNow = new HashMap<>();
        framework.goals().goals(clientId).forEach(g -> goalsNow.put(g.id(), g.description()));
        List<Note> exportedNotes = new ArrayList<>();
        List<NoteListItem> items = new ArrayList<>(notes.listForClient(clientId));
        items.sort((a, b) -> a.startsAt().compareTo(b.startsAt())); // oldest first, as a record is read
        for (NoteListItem item : items) {
            notes.findById(item.id()).ifPresent(note -> exportedNotes.add(note(note, notes, taxonomy, goalsNow, includePrivateNotes)));
        }
        return new ClientRecordExport(ClientRecordExport.FORMAT, ClientRecordExport.FORMAT_VERSION, time(OffsetDateTime.now(clock)),
                GoldseamVersion.current(), includePrivateNotes, client(client), exportedNotes, measures(framework, clientId),
                goals(framework, clientId), formulations(framework, clientId), attachments(framework, clientId),
                risk(framework, clientId), critic(framework, clientId), reflections(framework, clientId), auditTrail());
    }

    /**
     * Writes the record once per writer into {@code folder} (created if needed, readable by this
     * account only), and audits each file.
     *
     * <p>All or nothing: every writer renders into memory first, and only when all have succeeded
     * are the files written. A PDF refused by its glyph check therefore leaves no JSON behind either,
     * so one request never yields half an export and an audit trail showing only part of it.
     */
    public ExportResult export(long clientId, Path folder, boolean includePrivateNotes, List<RecordWriter> writers) throws IOException {
        return export(clientId, folder, includePrivateNotes, writers, Steps.NONE);
    }

    /** As {@link #export(long, Path, boolean, List)}, telling {@code steps} what it is doing. */
    public ExportResult export(long clientId, Path folder, boolean includePrivateNotes, List<RecordWriter> writers,
                               Steps steps) throws IOException {
        int total = writers.size() + 2;
        steps.step(0, total, "Reading the record");
        ClientRecordExport record = collect(clientId, includePrivateNotes);
        List<byte[]> rendered = new ArrayList<>();
        for (RecordWriter writer : writers) {
            steps.step(rendered.size() + 1, total, "Making the " + writer.extension().toUpperCase(java.util.Locale.ROOT));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writer.write(record, bytes);
            rendered.add(bytes.toByteArray());
        }
        steps.step(total - 1, total, "Saving");
        Durable.createPrivateFolder(folder);
        AuditService audit = new AuditService(AuditRepository.of(vault), actor, clock);
        List<Path> written = new ArrayList<>();
        String base = fileBase(clientId, includePrivateNotes);
        for (int i = 0; i < writers.size(); i++) {
            Path file = folder.resolve(base + "." + writers.get(i).extension());
            Durable.writeAtomically(file, rendered.get(i));
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            audit.exported(AuditService.ExportKind.RECORD, clientId,
                    file.getFileName() + (includePrivateNotes ? " (includes private notes)" : ""));
            written.add(file);
        }
        steps.step(total, total, "Saved");
        return new ExportResult(written, includePrivateNotes);
    }

    /** Taken before this export's own audit entries: the trail holds at least what it says, as does the file. */
    private ClientRecordExport.AuditTrail auditTrail() {
        AuditAnchor anchor = new AuditRepository(vault.database().dsl()).anchor();
        return new ClientRecordExport.AuditTrail(vault.header().vaultId(), anchor.length(), anchor.lastId(), anchor.lastHash());
    }

    /** The file name without extension: the client's id and the date, never the name, so a folder listing gives nothing away. */
    public String fileBase(long clientId, boolean includePrivateNotes) {
        return "goldseam-record-client-" + clientId + "-" + LocalDate.now(clock) + (includePrivateNotes ? "-with-private-notes" : "");
    }

    /** Told how far an export has come: {@code done} of {@code total} steps, and what is happening now. */
    @FunctionalInterface
    public interface Steps {
        Steps NONE = (done, total, message) -> { };

        void step(int done, int total, String message);
    }

    private static ClientRecordExport.Client client(Client c) {
        return new ClientRecordExport.Client(c.id(), c.fullName(), c.preferredName(), c.pronouns(), dateOrNull(c.dateOfBirth()),
                c.email(), c.phone(), c.address(), c.emergencyContactName(), c.emergencyContactPhone(),
                c.emergencyContactRelation(), c.referralSource(), date(c.intakeDate()), c.status().dbValue(),
                dateOrNull(c.dischargeDate()));
    }

    private static Note note(SessionNote n, SessionNoteRepository notes, Map<Long, TaxonomyEntry> taxonomy,
                             Map<Long, String> goalsNow, boolean includePrivate) {
        List<Section> sections = n.sections().stream().map(s -> new Section(s.section().dbValue(), s.text())).toList();
        // a signed note is exported with the labels it was signed with; a draft with today's
        LabelsAtSigning atSigning = n.atSigning();
        List<Theme> themes = n.observations().stream().map(o -> {
            TaxonomyEntry entry = entry(taxonomy, o.entryId());
            String signedLabel = atSigning.entry(o.entryId());
            return new Theme(entry.key(), signedLabel == null ? entry.label() : signedLabel, changed(signedLabel, entry.label()),
                    entry.category().code(), o.intensity(), o.verbatimQuote(), o.shameKind() == null ? null : o.shameKind().dbValue());
        }).toList();
        List<Intervention> interventions = n.interventions().stream().map(i -> {
            TaxonomyEntry entry = entry(taxonomy, i.entryId());
            String signedLabel = atSigning.entry(i.entryId());
            return new Intervention(entry.key(), signedLabel == null ? entry.label() : signedLabel,
                    changed(signedLabel, entry.label()), i.detail());
        }).toList();
        List<GoalRating> progress = n.goalProgress().stream().map(g -> {
            String signedGoal = atSigning.goal(g.goalId());
            return new GoalRating(g.goalId(), signedGoal == null ? goalsNow.get(g.goalId()) : signedGoal, g.rating(), g.comment());
        }).toList();
        List<Addendum> addenda = notes.addenda(n.id()).stream()
                .map(a -> new Addendum(a.kind().dbValue(), a.author(), time(a.createdAt()), a.body())).toList();
        return new Note(n.id(), time(n.startsAt()), n.durationMinutes(), n.type().dbValue(), n.modality().dbValue(),
                n.attendance().dbValue(), n.format().dbValue(), n.summaryLine(), n.status().dbValue(), timeOrNull(n.signedAt()),
                n.signedBy(), n.contentHash(), sections, includePrivate ? n.privateNotes() : null, themes, interventions,
                progress, addenda);
    }

    /** The label of today when it differs from the one a note was signed with; null otherwise (and for drafts). */
    private static @Nullable String changed(@Nullable String atSigning, String now) {
        return atSigning == null || atSigning.equals(now) ? null : now;
    }

    private static List<Measure> measures(ClinicalFramework framework, long clientId) {
        Map<String, Map<String, String>> subscaleLabels = new HashMap<>(); // instrument key to subscale key to label
        return framework.measures().allHistory(clientId).stream().map(a -> {
            Map<String, Integer> answers = new TreeMap<>((x, y) -> Integer.compare(Integer.parseInt(x), Integer.parseInt(y)));
            a.answers().forEach((item, score) -> answers.put(String.valueOf(item), score));
            Map<String, String> labels = subscaleLabels.computeIfAbsent(a.instrumentKey(), key -> framework.measures()
                    .instrument(key).subscales().stream().collect(Collectors.toMap(Subscale::key, Subscale::name)));
            List<SubscaleResult> subscales = a.score().subscales().stream()
                    .map(s -> new SubscaleResult(s.key(), labels.getOrDefault(s.key(), s.key()), decimal(s.score()), s.band()))
                    .toList();
            return new Measure(a.id(), a.instrumentKey(), time(a.administeredAt()), a.noteId(), a.score().complete(),
                    decimalOrNull(a.score().total()), a.score().band(), answers, subscales);
        }).toList();
    }

    private static List<Goal> goals(ClinicalFramework framework, long clientId) {
        return framework.goals().goals(clientId).stream().map(g -> new Goal(g.id(), g.description(), g.status().code(),
                date(g.createdOn()), dateOrNull(g.targetDate()), dateOrNull(g.closedOn()), framework.goals().progress(g.id()).stream()
                .map(p -> new GoalPoint(p.noteId(), time(p.sessionStartsAt()), p.rating(), p.comment())).toList())).toList();
    }

    private static List<Formulation> formulations(ClinicalFramework framework, long clientId) {
        return framework.formulation().history(clientId).stream().map(v -> {
            FormulationDraft d = v.content();
            return new Formulation(v.version(), time(v.recordedAt()), d.triggers(), d.coreBeliefs(), d.defenses(), d.costs(),
                    d.narrative());
        }).toList();
    }

    private static List<Attachment> attachments(ClinicalFramework framework, long clientId) {
        return framework.attachment().history(clientId).stream().map(v -> {
            AttachmentDraft d = v.content();
            return new Attachment(v.version(), time(v.recordedAt()), d.style().code(), d.anxiety(), d.avoidance(),
                    d.caregiverAttunement(), experiences(d.earlyExperience()), d.relationshipPatternKeys(), d.narrative());
        }).toList();
    }

    private static List<String> experiences(EarlyExperience e) {
        List<String> named = new ArrayList<>();
        if (e.emotionalNeglect()) named.add("emotional_neglect");
        if (e.physicalNeglect()) named.add("physical_neglect");
        if (e.abuse()) named.add("abuse");
        if (e.misattunedCaregiver()) named.add("misattuned_caregiver");
        if (e.conditionalWorth()) named.add("conditional_worth");
        if (e.parentification()) named.add("parentification");
        if (e.intergenerationalPattern()) named.add("intergenerational_pattern");
        if (e.selfBlameForCaregiver()) named.add("self_blame_for_caregiver");
        return named;
    }

    /** Every flag, open and resolved; the open ones are taken from the same history, so the two lists cannot disagree. */
    private static Risk risk(ClinicalFramework framework, long clientId) {
        List<RiskFlagWithReview> history = framework.risk().history(clientId);
        List<RiskFlagPart> open = history.stream().filter(RiskFlagWithReview::open)
                .map(f -> new RiskFlagPart(time(f.flag().raisedAt()), f.flag().reason())).toList();
        List<RiskFlagEntry> all = history.stream().map(f -> {
            RiskFlag flag = f.flag();
            RiskReview review = f.review();
            return new RiskFlagEntry(flag.id(), time(flag.raisedAt()), flag.reason(), flag.administrationId(),
                    f.open() ? RiskFlagEntry.OPEN : RiskFlagEntry.RESOLVED, review == null ? null : time(review.reviewedAt()),
                    review == null ? null : review.reviewer(), review == null ? null : review.outcome());
        }).toList();
        return new Risk(open, all, framework.risk().reviews(clientId).stream()
                .map(r -> new RiskReviewPart(time(r.reviewedAt()), r.reviewer(), r.outcome())).toList());
    }

    private static List<CriticLine> critic(ClinicalFramework framework, long clientId) {
        return framework.innerCritic().statements(clientId).stream()
                .map(s -> new CriticLine(s.text(), time(s.firstHeard()), time(s.lastHeard()), s.timesHeard())).toList();
    }

    private static List<Reflection> reflections(ClinicalFramework framework, long clientId) {
        return framework.reflection().answers(clientId).stream().map(a -> new Reflection(a.question().key(),
                a.question().prompt(), time(a.answeredAt()), a.noteId(), a.answer())).toList();
    }

    /**
     * The taxonomy entry a note names. A note's rows refer to entries by foreign key, so an entry
     * missing from the full list means the vault is damaged: say which, rather than fail on null.
     */
    private static TaxonomyEntry entry(Map<Long, TaxonomyEntry> taxonomy, long entryId) {
        TaxonomyEntry entry = taxonomy.get(entryId);
        if (entry == null) {
            throw new IllegalStateException("taxonomy entry " + entryId + " is named by a note but missing from the taxonomy");
        }
        return entry;
    }

    private static String time(OffsetDateTime value) {
        return value.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
    }

    private static @Nullable String timeOrNull(@Nullable OffsetDateTime value) {
        return value == null ? null : time(value);
    }

    private static String date(LocalDate value) {
        return value.toString();
    }

    private static @Nullable String dateOrNull(@Nullable LocalDate value) {
        return value == null ? null : date(value);
    }

    private static String decimal(BigDecimal value) {
        return value.toPlainString();
    }

    private static @Nullable String decimalOrNull(@Nullable BigDecimal value) {
        return value == null ? null : decimal(value);
    }
}
