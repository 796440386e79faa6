package org.goldseam.notes.persistence;

import static org.goldseam.db.Tables.ADDENDUM;
import static org.goldseam.db.Tables.GOAL_PROGRESS;
import static org.goldseam.db.Tables.NOTE_INTERVENTION;
import static org.goldseam.db.Tables.NOTE_SECTION;
import static org.goldseam.db.Tables.PRIVATE_NOTE;
import static org.goldseam.db.Tables.SESSION_NOTE;
import static org.goldseam.db.Tables.TAXONOMY_ENTRY;
import static org.goldseam.db.Tables.THEME_OBSERVATION;
import static org.goldseam.db.Tables.TREATMENT_GOAL;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.goldseam.db.tables.records.AddendumRecord;
import org.goldseam.db.tables.records.SessionNoteRecord;
import org.goldseam.notes.Addendum;
import org.goldseam.notes.AddendumKind;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.GoalProgress;
import org.goldseam.notes.InterventionUse;
import org.goldseam.notes.LabelsAtSigning;
import org.goldseam.notes.Modality;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteContentHash;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.NoteListItem;
import org.goldseam.notes.NoteSectionText;
import org.goldseam.notes.NoteStateException;
import org.goldseam.notes.NoteStatus;
import org.goldseam.notes.Section;
import org.goldseam.notes.SessionNote;
import org.goldseam.notes.SessionType;
import org.goldseam.notes.ShameKind;
import org.goldseam.notes.ThemeObservation;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.TableRecord;
import org.jspecify.annotations.Nullable;

/**
 * Session notes: {@code session_note} with its sections, private note, theme observations,
 * interventions and goal progress as one aggregate, plus the addenda of signed notes.
 *
 * <p>Every write to a note first locks its {@code session_note} row ({@code SELECT … FOR UPDATE}),
 * so a save and a sign of the same note cannot interleave: a note is never signed over half-saved
 * content, and never changed after it was signed.
 */
public final class SessionNoteRepository {
    private static final int TOP_THEMES = 3;

    private final DSLContext dsl;
    private final Clock clock;

    public SessionNoteRepository(DSLContext dsl) {
        this(dsl, Clock.systemUTC());
    }

    public SessionNoteRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Creates a draft note for {@code clientId} and returns its id. */
    public long createDraft(long clientId, NoteContent content) {
        Objects.requireNonNull(content, "content");
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            OffsetDateTime now = now();
            SessionNoteRecord row = tx.newRecord(SESSION_NOTE);
            row.setClientId(clientId);
            copyHeader(content, row);
            row.setStatus(NoteStatus.DRAFT.dbValue());
            row.setCreatedAt(now);
            row.setUpdatedAt(now);
            row.store();
            insertChildren(tx, row.getId(), clientId, content);
            return row.getId();
        });
    }

    /**
     * Replaces the whole content of a draft, private note included, in one transaction.
     *
     * @throws NoteStateException if the note is signed
     * @throws NoSuchElementException if there is no such note
     */
    public void saveDraft(long noteId, NoteContent content) {
        Objects.requireNonNull(content, "content");
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            SessionNoteRecord row = lockDraft(tx, noteId);
            // the note row first: a changed start reaches existing observations by ON UPDATE CASCADE
            copyHeader(content, row);
            row.setUpdatedAt(now());
            row.store();
            tx.deleteFrom(NOTE_SECTION).where(NOTE_SECTION.NOTE_ID.eq(noteId)).execute();
            tx.deleteFrom(PRIVATE_NOTE).where(PRIVATE_NOTE.NOTE_ID.eq(noteId)).execute();
            tx.deleteFrom(THEME_OBSERVATION).where(THEME_OBSERVATION.NOTE_ID.eq(noteId)).execute();
            tx.deleteFrom(NOTE_INTERVENTION).where(NOTE_INTERVENTION.NOTE_ID.eq(noteId)).execute();
            tx.deleteFrom(GOAL_PROGRESS).where(GOAL_PROGRESS.NOTE_ID.eq(noteId)).execute();
            insertChildren(tx, noteId, row.getClientId(), content);
        });
    }

    /**
     * Moves a draft to another start time without rewriting its content. The observations' copy of
     * the start follows through the schema's ON UPDATE CASCADE.
     *
     * @throws NoteStateException if the note is signed
     */
    public void reschedule(long noteId, OffsetDateTime startsAt) {
        OffsetDateTime start = NoteContent.canonicalStartOf(startsAt);
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            lockDraft(tx, noteId);
            tx.update(SESSION_NOTE)
                    .set(SESSION_NOTE.STARTS_AT, start)
                    .set(SESSION_NOTE.UPDATED_AT, now())
                    .where(SESSION_NOTE.ID.eq(noteId))
                    .execute();
        });
    }

    public Optional<SessionNote> findById(long noteId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            return tx.selectFrom(SESSION_NOTE).where(SESSION_NOTE.ID.eq(noteId)).fetchOptional()
                    .map(row -> load(tx, row));
        });
    }

    /** Category and label of each of these taxonomy entries, by id: what the note service checks shame kinds against. */
    public Map<Long, TaxonomyEntryRef> entries(java.util.Collection<Long> entryIds) {
        Map<Long, TaxonomyEntryRef> found = new java.util.HashMap<>();
        if (entryIds.isEmpty()) {
            return found;
        }
        dsl.select(TAXONOMY_ENTRY.ID, TAXONOMY_ENTRY.CATEGORY, TAXONOMY_ENTRY.LABEL).from(TAXONOMY_ENTRY)
                .where(TAXONOMY_ENTRY.ID.in(entryIds))
                .forEach(r -> found.put(r.value1(), new TaxonomyEntryRef(
                        org.goldseam.framework.model.Category.fromCode(r.value2()), r.value3())));
        return found;
    }

    /** A taxonomy entry as a note refers to it: its category and its label today. */
    public record TaxonomyEntryRef(org.goldseam.framework.model.Category category, String label) {
    }

    /**
     * A client's notes, newest first, each with its three most intense themes; a session that does not
     * count (not attended: {@link Attendance#counts()}) lists none, whatever was left on it.
     */
    public List<NoteListItem> listForClient(long clientId) {
        Map<Long, List<Long>> themes = new LinkedHashMap<>();
        dsl.select(THEME_OBSERVATION.NOTE_ID, THEME_OBSERVATION.ENTRY_ID)
                .from(THEME_OBSERVATION)
                .where(THEME_OBSERVATION.CLIENT_ID.eq(clientId))
                .orderBy(THEME_OBSERVATION.NOTE_ID, THEME_OBSERVATION.INTENSITY.desc(), THEME_OBSERVATION.ENTRY_ID)
                .forEach(r -> {
                    List<Long> top = themes.computeIfAbsent(r.value1(), id -> new ArrayList<>());
                    if (top.size() < TOP_THEMES) {
                        top.add(r.value2());
                    }
                });
        return dsl.select(SESSION_NOTE.ID, SESSION_NOTE.STARTS_AT, SESSION_NOTE.SESSION_TYPE, SESSION_NOTE.ATTENDANCE,
                        SESSION_NOTE.STATUS, SESSION_NOTE.SUMMARY_LINE)
                .from(SESSION_NOTE)
                .where(SESSION_NOTE.CLIENT_ID.eq(clientId))
                .orderBy(SESSION_NOTE.STARTS_AT.desc(), SESSION_NOTE.ID.desc())
                .fetch(r -> new NoteListItem(r.value1(), utc(r.value2()), SessionType.fromDb(r.value3()),
                        Attendance.fromDb(r.value4()), NoteStatus.fromDb(r.value5()), r.value6(),
                        Attendance.fromDb(r.value4()).counts() ? themes.getOrDefault(r.value1(), List.of()) : List.of()));
    }

    /**
     * Signs a draft: stores the signer, the time and the {@link NoteContentHash#signed} hash of the
     * content as stored together with that signer and time, in the same transaction that reads it;
     * copies the labels of its themes and interventions and the descriptions of its rated goals into
     * the note ({@link LabelsAtSigning}), so later relabels never change how it reads. Returns the
     * signed note.
     *
     * @throws NoteStateException if the note is already signed
     */
    public SessionNote sign(long noteId, String signedBy, Instant at) {
        requireText(signedBy, "signedBy");
        OffsetDateTime signedAt = timestamp(at);
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            SessionNoteRecord row = lockDraft(tx, noteId);
            SessionNote draft = load(tx, row);
            String hash = NoteContentHash.signed(draft.clientId(), draft.content(), signedBy, signedAt);
            row.setStatus(NoteStatus.SIGNED.dbValue());
            row.setSignedAt(signedAt);
            row.setSignedBy(signedBy);
            row.setContentHash(hash);
            row.setHashVersion((short) NoteContentHash.CURRENT_VERSION);
            row.setUpdatedAt(now());
            row.store();
            keepLabelsAtSigning(tx, noteId);
            return load(tx, row);
        });
    }

    /** Copies today's labels into the rows of a note being signed (the same copy V6 made for older notes). */
    private static void keepLabelsAtSigning(DSLContext tx, long noteId) {
        tx.update(THEME_OBSERVATION)
                .set(THEME_OBSERVATION.LABEL_AT_SIGNING, DSL.select(TAXONOMY_ENTRY.LABEL).from(TAXONOMY_ENTRY)
                        .where(TAXONOMY_ENTRY.ID.eq(THEME_OBSERVATION.ENTRY_ID)))
                .where(THEME_OBSERVATION.NOTE_ID.eq(noteId))
                .execute();
        tx.update(NOTE_INTERVENTION)
                .set(NOTE_INTERVENTION.LABEL_AT_SIGNING, DSL.select(TAXONOMY_ENTRY.LABEL).from(TAXONOMY_ENTRY)
                        .where(TAXONOMY_ENTRY.ID.eq(NOTE_INTERVENTION.ENTRY_ID)))
                .where(NOTE_INTERVENTION.NOTE_ID.eq(noteId))
                .execute();
        tx.update(GOAL_PROGRESS)
                .set(GOAL_PROGRESS.GOAL_AT_SIGNING, DSL.select(TREATMENT_GOAL.DESCRIPTION).from(TREATMENT_GOAL)
                        .where(TREATMENT_GOAL.ID.eq(GOAL_PROGRESS.GOAL_ID)))
                .where(GOAL_PROGRESS.NOTE_ID.eq(noteId))
                .execute();
    }

    /**
     * Every signed note, one at a time, for integrity checks. Only the ids are read up front; each
     * note is loaded as the stream reaches it, so memory stays flat on large vaults. A note deleted
     * meanwhile (with its client) is skipped.
     */
    public Stream<SessionNote> findSignedNotes() {
        List<Long> ids = dsl.select(SESSION_NOTE.ID).from(SESSION_NOTE)
                .where(SESSION_NOTE.STATUS.eq(NoteStatus.SIGNED.dbValue()))
                .orderBy(SESSION_NOTE.ID)
                .fetch(SESSION_NOTE.ID);
        return ids.stream().map(this::findById).flatMap(Optional::stream);
    }

    /**
     * Appends an addendum, correction or late entry to a signed note and returns its id.
     *
     * @throws NoteStateException if the note is a draft (edit it instead)
     * @throws NoSuchElementException if there is no such note
     */
    public long addAddendum(long noteId, AddendumKind kind, String author, String body, Instant at) {
        Objects.requireNonNull(kind, "kind");
        requireText(author, "author");
        requireText(body, "body");
        OffsetDateTime createdAt = timestamp(at);
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            SessionNoteRecord note = lock(tx, noteId);
            if (NoteStatus.fromDb(note.getStatus()) != NoteStatus.SIGNED) {
                throw NoteStateException.notSigned(noteId);
            }
            AddendumRecord row = tx.newRecord(ADDENDUM);
            row.setNoteId(noteId);
            row.setKind(kind.dbValue());
            row.setAuthor(author);
            row.setCreatedAt(createdAt);
            row.setBody(body);
            row.store();
            return row.getId();
        });
    }

    /** The addenda of a note, oldest first. */
    public List<Addendum> addenda(long noteId) {
        return dsl.selectFrom(ADDENDUM)
                .where(ADDENDUM.NOTE_ID.eq(noteId))
                .orderBy(ADDENDUM.CREATED_AT, ADDENDUM.ID)
                .fetch(r -> new Addendum(r.getId(), r.getNoteId(), AddendumKind.fromDb(r.getKind()), r.getAuthor(),
                        utc(r.getCreatedAt()), r.getBody()));
    }

    private static SessionNoteRecord lock(DSLContext tx, long noteId) {
        return tx.selectFrom(SESSION_NOTE).where(SESSION_NOTE.ID.eq(noteId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new NoSuchElementException("no session note with id " + noteId));
    }

    private static SessionNoteRecord lockDraft(DSLContext tx, long noteId) {
        SessionNoteRecord row = lock(tx, noteId);
        if (NoteStatus.fromDb(row.getStatus()) != NoteStatus.DRAFT) {
            throw NoteStateException.signed(noteId);
        }
        return row;
    }

    private static void copyHeader(NoteContent content, SessionNoteRecord row) {
        row.setStartsAt(content.startsAt());
        row.setDurationMinutes(content.durationMinutes());
        row.setSessionType(content.type().dbValue());
        row.setModality(content.modality().dbValue());
        row.setAttendance(content.attendance().dbValue());
        row.setNoteFormat(content.format().dbValue());
        row.setSummaryLine(content.summaryLine());
    }

    private static void insertChildren(DSLContext tx, long noteId, long clientId, NoteContent content) {
        List<TableRecord<?>> rows = new ArrayList<>();
        for (NoteSectionText section : content.sections()) {
            var row = tx.newRecord(NOTE_SECTION);
            row.setNoteId(noteId);
            row.setSection(section.section().dbValue());
            row.setPosition(content.format().positionOf(section.section()));
            row.setBody(section.text());
            rows.add(row);
        }
        if (content.privateNotes() != null) {
            var row = tx.newRecord(PRIVATE_NOTE);
            row.setNoteId(noteId);
            row.setBody(content.privateNotes());
            rows.add(row);
        }
        for (ThemeObservation o : content.observations()) {
            var row = tx.newRecord(THEME_OBSERVATION);
            row.setNoteId(noteId);
            // copies of the note's client and start, as the composite foreign key requires
            row.setClientId(clientId);
            row.setSessionStartsAt(content.startsAt());
            row.setEntryId(o.entryId());
            row.setIntensity(o.intensity());
            row.setVerbatimQuote(o.verbatimQuote());
            row.setShameKind(o.shameKind() == null ? null : o.shameKind().dbValue());
            rows.add(row);
        }
        for (InterventionUse i : content.interventions()) {
            var row = tx.newRecord(NOTE_INTERVENTION);
            row.setNoteId(noteId);
            row.setEntryId(i.entryId());
            row.setDetail(i.detail());
            rows.add(row);
        }
        for (GoalProgress g : content.goalProgress()) {
            var row = tx.newRecord(GOAL_PROGRESS);
            row.setNoteId(noteId);
            row.setGoalId(g.goalId());
            row.setRating(g.rating());
            row.setComment(g.comment());
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            tx.batchInsert(rows).execute();
        }
    }

    private static SessionNote load(DSLContext tx, SessionNoteRecord n) {
        long id = n.getId();
        List<NoteSectionText> sections = tx.selectFrom(NOTE_SECTION).where(NOTE_SECTION.NOTE_ID.eq(id))
                .orderBy(NOTE_SECTION.POSITION)
                .fetch(r -> new NoteSectionText(Section.fromDb(r.getSection()), r.getBody()));
        String privateNotes = tx.select(PRIVATE_NOTE.BODY).from(PRIVATE_NOTE).where(PRIVATE_NOTE.NOTE_ID.eq(id))
                .fetchOptional(PRIVATE_NOTE.BODY).orElse(null);
        Map<Long, String> entryLabels = new HashMap<>();
        Map<Long, String> goalLabels = new HashMap<>();
        List<ThemeObservation> observations = tx.selectFrom(THEME_OBSERVATION)
                .where(THEME_OBSERVATION.NOTE_ID.eq(id))
                .fetch(r -> {
                    keep(entryLabels, r.getEntryId(), r.getLabelAtSigning());
                    return new ThemeObservation(r.getEntryId(), r.getIntensity(), r.getVerbatimQuote(),
                            r.getShameKind() == null ? null : ShameKind.fromDb(r.getShameKind()));
                });
        List<InterventionUse> interventions = tx.selectFrom(NOTE_INTERVENTION)
                .where(NOTE_INTERVENTION.NOTE_ID.eq(id))
                .fetch(r -> {
                    keep(entryLabels, r.getEntryId(), r.getLabelAtSigning());
                    return new InterventionUse(r.getEntryId(), r.getDetail());
                });
        List<GoalProgress> progress = tx.selectFrom(GOAL_PROGRESS).where(GOAL_PROGRESS.NOTE_ID.eq(id))
                .fetch(r -> {
                    keep(goalLabels, r.getGoalId(), r.getGoalAtSigning());
                    return new GoalProgress(r.getGoalId(), r.getRating(), r.getComment());
                });
        return new SessionNote(id, n.getClientId(), utc(n.getStartsAt()), n.getDurationMinutes(),
                SessionType.fromDb(n.getSessionType()), Modality.fromDb(n.getModality()),
                Attendance.fromDb(n.getAttendance()), NoteFormat.fromDb(n.getNoteFormat()), n.getSummaryLine(),
                sections, privateNotes, observations, interventions, progress, NoteStatus.fromDb(n.getStatus()),
                utcOrNull(n.getSignedAt()), n.getSignedBy(), n.getContentHash(),
                n.getHashVersion() == null ? null : n.getHashVersion().intValue(), utc(n.getCreatedAt()),
                utc(n.getUpdatedAt()), new LabelsAtSigning(entryLabels, goalLabels));
    }

    private static void keep(Map<Long, String> labels, long id, String label) {
        if (label != null) {
            labels.put(id, label);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }

    /** The database keeps microseconds; cutting here makes what is written equal what is read. */
    private static OffsetDateTime timestamp(Instant at) {
        return Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private OffsetDateTime now() {
        return timestamp(clock.instant());
    }

    private static OffsetDateTime utc(OffsetDateTime value) {
        return value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static @Nullable OffsetDateTime utcOrNull(@Nullable OffsetDateTime value) {
        return value == null ? null : utc(value);
    }
}
