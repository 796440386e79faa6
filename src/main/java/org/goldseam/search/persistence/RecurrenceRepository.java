package org.goldseam.search.persistence;

import static org.goldseam.db.Tables.CLIENT;
import static org.goldseam.db.Tables.NOTE_INTERVENTION;
import static org.goldseam.db.Tables.SESSION_NOTE;
import static org.goldseam.db.Tables.THEME_OBSERVATION;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.goldseam.clients.ClientStatus;
import org.goldseam.framework.model.CountedSessions;
import org.goldseam.search.model.RecurrenceCriteria;
import org.goldseam.search.model.RecurrenceRow;
import org.goldseam.search.model.SparkPoint;
import org.goldseam.search.model.ThemedSession;
import org.goldseam.framework.trend.TrendRule;
import org.goldseam.search.model.Window;
import org.goldseam.search.query.TrendFilter;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The theme-recurrence search, in SQL. First the candidate clients (at least one qualifying
 * observation, from the index on entry, client, date), then derived tables on indexed columns:
 * <ol>
 * <li>{@code win}: each candidate's attended sessions in the date range, numbered from the latest
 *     ({@code ROW_NUMBER() OVER (PARTITION BY client_id ORDER BY starts_at DESC)});</li>
 * <li>{@code sess}: the window sessions showing the themes (any or all) at the minimum intensity,
 *     with the session's peak intensity;</li>
 * <li>per client: count, first and last date, and the sums a least-squares slope needs, filtered by
 *     the minimum count and the trend with exact integer arithmetic ({@link TrendRule}).</li>
 * </ol>
 * Theme searches only: interventions are searched in the in-memory index alone (ADR 0020), which
 * this class loads with {@link #allThemedSessions()}.
 * The SQL is portable (window functions, derived tables, COUNT(DISTINCT)): H2 and PostgreSQL alike.
 */
public final class RecurrenceRepository {
    private static final int FETCH = 5_000;

    private final DSLContext dsl;

    public RecurrenceRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    /** Clients meeting the criteria, with their aggregates, in no particular order. */
    public List<RecurrenceRow> matches(RecurrenceCriteria c) {
        themesOnly(c);
        List<Long> candidates = candidates(c);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Table<?> sess = sessions(c, candidates);
        Field<Long> client = sess.field("client_id", Long.class);
        Field<OffsetDateTime> start = sess.field("starts_at", OffsetDateTime.class);
        Field<Long> x = sess.field("rn", Long.class).neg();
        Field<Long> y = sess.field("peak", Integer.class).cast(Long.class);
        Field<BigDecimal> n = count().coerce(BigDecimal.class);
        Field<BigDecimal> sumX = sum(x);
        Field<BigDecimal> sumY = sum(y);
        Field<BigDecimal> sumXX = sum(x.mul(x));
        Field<BigDecimal> sumXY = sum(x.mul(y));
        Field<Long> span = max(x).minus(min(x));
        Condition trend = DSL.noCondition();
        if (c.trend() != TrendFilter.ANY) {
            // TrendRule in exact arithmetic: 10·(n·Σxy − Σx·Σy)·span against CHANGE_TENTHS·(n·Σxx − (Σx)²)
            Field<BigDecimal> change = n.mul(sumXY).minus(sumX.mul(sumY)).mul(10).mul(span);
            Field<BigDecimal> threshold = n.mul(sumXX).minus(sumX.mul(sumX)).mul(TrendRule.CHANGE_TENTHS);
            trend = count().ge(TrendRule.MIN_SESSIONS).and(threshold.gt(BigDecimal.ZERO))
                    .and(c.trend() == TrendFilter.RISING ? change.ge(threshold) : change.le(threshold.neg()));
        }
        return dsl.select(client, count(), min(start), max(start), sumY, sumX, sumXX, sumXY, span)
                .from(sess)
                .groupBy(client)
                .having(count().ge(c.minSessions())).and(trend)
                .fetch(r -> new RecurrenceRow(r.value1(), r.value2(), utc(r.value3()), utc(r.value4()),
                        r.value5().longValueExact(), r.value6().longValueExact(), r.value7().longValueExact(),
                        r.value8().longValueExact(), r.value2(), r.value9()));
    }

    /** Per client, per entry id: window sessions showing that theme at the minimum intensity. */
    public Map<Long, Map<Long, Integer>> themeCounts(RecurrenceCriteria c, Collection<Long> clientIds) {
        themesOnly(c);
        Table<?> win = window(c.window(), clientIds);
        Field<Long> client = win.field("client_id", Long.class);
        Map<Long, Map<Long, Integer>> counts = new HashMap<>();
        dsl.select(client, THEME_OBSERVATION.ENTRY_ID, count())
                .from(win)
                .join(THEME_OBSERVATION).on(THEME_OBSERVATION.NOTE_ID.eq(win.field("note_id", Long.class)))
                .where(themeCondition(c))
                .and(last(c.window(), win))
                .groupBy(client, THEME_OBSERVATION.ENTRY_ID)
                .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return counts;
    }

    /**
     * Per client, every window session oldest first, with its peak intensity where it matches (else
     * null). One grouped left join of the window to the observations: a join between two derived
     * tables would have no index to use.
     */
    public Map<Long, List<SparkPoint>> sparklines(RecurrenceCriteria c, Collection<Long> clientIds) {
        themesOnly(c);
        Table<?> win = window(c.window(), clientIds);
        Field<Long> client = win.field("client_id", Long.class);
        Field<Long> note = win.field("note_id", Long.class);
        Field<OffsetDateTime> start = win.field("starts_at", OffsetDateTime.class);
        Field<Long> rn = win.field("rn", Long.class);
        Field<Integer> peak = DSL.when(countDistinct(THEME_OBSERVATION.ENTRY_ID).ge(c.requiredPerSession()),
                max(THEME_OBSERVATION.INTENSITY));
        Map<Long, List<SparkPoint>> lines = new LinkedHashMap<>();
        dsl.select(client, note, start, peak)
                .from(win)
                .leftJoin(THEME_OBSERVATION).on(THEME_OBSERVATION.NOTE_ID.eq(note)).and(themeCondition(c))
                .where(last(c.window(), win))
                .groupBy(client, note, start, rn)
                .orderBy(client, rn.desc())
                .forEach(r -> lines.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new SparkPoint(r.value2(), utc(r.value3()), r.value4())));
        return lines;
    }

    /** The note ids in the window of each given client: where a combined search looks for words. */
    public Map<Long, Long> windowNotes(Window window, Collection<Long> clientIds) {
        Table<?> win = window(window, clientIds);
        Map<Long, Long> clientByNote = new HashMap<>();
        dsl.select(win.field("note_id", Long.class), win.field("client_id", Long.class))
                .from(win)
                .where(last(window, win))
                .forEach(r -> clientByNote.put(r.value1(), r.value2()));
        return clientByNote;
    }

    /**
     * Every attended session with its themes and interventions: what the in-memory theme index is
     * loaded from. Streamed reads (sessions, observations, interventions), so the vault is not
     * materialised as jOOQ records.
     */
    public List<ThemedSession> allThemedSessions() {
        return themedSessions(DSL.noCondition(), DSL.noCondition(), DSL.noCondition());
    }

    /** Those of the given notes that are attended sessions, with their themes (the others are gone or not attended). */
    public List<ThemedSession> themedSessions(Collection<Long> noteIds) {
        return noteIds.isEmpty() ? List.of()
                : themedSessions(SESSION_NOTE.ID.in(noteIds), THEME_OBSERVATION.NOTE_ID.in(noteIds),
                        NOTE_INTERVENTION.NOTE_ID.in(noteIds));
    }

    /**
     * The observations are read on their own, not joined to their sessions: H2 looked every one's
     * session up by key, several seconds for the whole vault; those of sessions not attended are
     * dropped here instead.
     */
    private List<ThemedSession> themedSessions(Condition whichSessions, Condition whichObservations,
                                               Condition whichInterventions) {
        Map<Long, Long> heads = new LinkedHashMap<>();
        Map<Long, OffsetDateTime> starts = new HashMap<>();
        try (Cursor<Record3<Long, Long, OffsetDateTime>> rows = dsl
                .select(SESSION_NOTE.ID, SESSION_NOTE.CLIENT_ID, SESSION_NOTE.STARTS_AT).from(SESSION_NOTE)
                .where(SESSION_NOTE.ATTENDANCE.in(CountedSessions.ATTENDANCE_VALUES)).and(whichSessions)
                .fetchSize(FETCH).fetchLazy()) {
            for (Record3<Long, Long, OffsetDateTime> r : rows) {
                heads.put(r.value1(), r.value2());
                starts.put(r.value1(), r.value3());
            }
        }
        Map<Long, List<ThemedSession.Observed>> themes = new HashMap<>();
        try (Cursor<Record3<Long, Long, Integer>> rows = dsl
                .select(THEME_OBSERVATION.NOTE_ID, THEME_OBSERVATION.ENTRY_ID, THEME_OBSERVATION.INTENSITY)
                .from(THEME_OBSERVATION).where(whichObservations)
                .fetchSize(FETCH).fetchLazy()) {
            for (Record3<Long, Long, Integer> r : rows) {
                if (!heads.containsKey(r.value1())) {
                    continue; // a session not attended
                }
                themes.computeIfAbsent(r.value1(), k -> new ArrayList<>(4))
                        .add(new ThemedSession.Observed(r.value2(), r.value3()));
            }
        }
        Map<Long, List<Long>> used = new HashMap<>();
        try (Cursor<Record2<Long, Long>> rows = dsl
                .select(NOTE_INTERVENTION.NOTE_ID, NOTE_INTERVENTION.ENTRY_ID)
                .from(NOTE_INTERVENTION).where(whichInterventions)
                .fetchSize(FETCH).fetchLazy()) {
            for (Record2<Long, Long> r : rows) {
                if (heads.containsKey(r.value1())) {
                    used.computeIfAbsent(r.value1(), k -> new ArrayList<>(2)).add(r.value2());
                }
            }
        }
        List<ThemedSession> sessions = new ArrayList<>(heads.size());
        heads.forEach((note, client) -> sessions.add(new ThemedSession(note, client, utc(Objects.requireNonNull(starts.get(note), "each attended head has its start")),
                themes.getOrDefault(note, List.of()), used.getOrDefault(note, List.of()))));
        return sessions;
    }

    private static Table<?> sessions(RecurrenceCriteria c, Collection<Long> clientIds) {
        Table<?> win = window(c.window(), clientIds);
        Field<Long> client = win.field("client_id", Long.class);
        Field<Long> note = win.field("note_id", Long.class);
        Field<OffsetDateTime> start = win.field("starts_at", OffsetDateTime.class);
        Field<Long> rn = win.field("rn", Long.class);
        return select(client.as("client_id"), note.as("note_id"), start.as("starts_at"), rn.as("rn"),
                max(THEME_OBSERVATION.INTENSITY).as("peak"))
                .from(win)
                .join(THEME_OBSERVATION).on(THEME_OBSERVATION.NOTE_ID.eq(note))
                .where(themeCondition(c))
                .and(last(c.window(), win))
                .groupBy(client, note, start, rn)
                .having(countDistinct(THEME_OBSERVATION.ENTRY_ID).ge(c.requiredPerSession()))
                .asTable("sess");
    }

    /**
     * Clients with at least one qualifying observation in the date range (index on entry, client,
     * date): the only ones whose sessions are worth numbering. Fetched first, so that the window
     * query reads session_note by its client index instead of H2 re-running a subquery per row.
     */
    private List<Long> candidates(RecurrenceCriteria c) {
        return dsl.selectDistinct(THEME_OBSERVATION.CLIENT_ID).from(THEME_OBSERVATION)
                .where(themeCondition(c))
                .and(range(THEME_OBSERVATION.SESSION_STARTS_AT, c.window()))
                .fetch(THEME_OBSERVATION.CLIENT_ID);
    }

    private static Table<?> window(Window w, Collection<Long> clientIds) {
        Field<Long> rn = rowNumber().over(partitionBy(SESSION_NOTE.CLIENT_ID)
                .orderBy(SESSION_NOTE.STARTS_AT.desc(), SESSION_NOTE.ID.desc())).cast(Long.class).as("rn");
        Condition status = w.statuses().isEmpty() ? DSL.noCondition()
                : SESSION_NOTE.CLIENT_ID.in(select(CLIENT.ID).from(CLIENT)
                .where(CLIENT.STATUS.in(w.statuses().stream().map(ClientStatus::dbValue).toList())));
        return select(SESSION_NOTE.ID.as("note_id"), SESSION_NOTE.CLIENT_ID.as("client_id"),
                SESSION_NOTE.STARTS_AT.as("starts_at"), rn)
                .from(SESSION_NOTE)
                .where(SESSION_NOTE.ATTENDANCE.in(CountedSessions.ATTENDANCE_VALUES))
                .and(range(SESSION_NOTE.STARTS_AT, w))
                .and(SESSION_NOTE.CLIENT_ID.in(clientIds))
                .and(status)
                .asTable("win");
    }

    private static Condition themeCondition(RecurrenceCriteria c) {
        return THEME_OBSERVATION.ENTRY_ID.in(c.entryIds()).and(THEME_OBSERVATION.INTENSITY.ge(c.minIntensity()));
    }

    private static Condition range(Field<OffsetDateTime> at, Window w) {
        Condition condition = DSL.noCondition();
        if (w.from() != null) {
            condition = condition.and(at.ge(w.from()));
        }
        if (w.toExclusive() != null) {
            condition = condition.and(at.lt(w.toExclusive()));
        }
        return condition;
    }

    private static Condition last(Window w, Table<?> win) {
        return w.lastSessions() == null ? DSL.noCondition() : win.field("rn", Long.class).le(w.lastSessions().longValue());
    }

    private static void themesOnly(RecurrenceCriteria c) {
        if (c.interventions()) {
            throw new IllegalArgumentException("interventions are searched in the in-memory index, not in SQL");
        }
    }

    private static OffsetDateTime utc(OffsetDateTime value) {
        return value.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
