package org.goldseam.summary.persistence;

import static org.goldseam.db.Tables.CLIENT;
import static org.goldseam.db.Tables.INNER_CRITIC_HEARING;
import static org.goldseam.db.Tables.INNER_CRITIC_STATEMENT;
import static org.goldseam.db.Tables.MEASURE_ADMINISTRATION;
import static org.goldseam.db.Tables.MEASURE_INSTRUMENT;
import static org.goldseam.db.Tables.RISK_FLAG;
import static org.goldseam.db.Tables.RISK_REVIEW;
import static org.goldseam.db.Tables.SESSION_NOTE;
import static org.goldseam.db.Tables.TAXONOMY_ENTRY;
import static org.goldseam.db.Tables.THEME_OBSERVATION;
import static org.goldseam.db.Tables.VAULT_METADATA;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.clients.ClientStatus;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.persistence.wiring.FrameworkWiring;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.NoteStatus;
import org.goldseam.notes.SessionType;
import org.goldseam.notes.ShameKind;
import org.goldseam.summary.SummaryFacts.ClientFact;
import org.goldseam.summary.SummaryFacts.CriticFact;
import org.goldseam.summary.SummaryFacts.ObservationFact;
import org.goldseam.summary.SummaryFacts.RiskFlagFact;
import org.goldseam.summary.SummaryFacts.SessionFact;
import org.goldseam.summary.SummarySource;
import org.goldseam.vault.Vault;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Period queries behind a progress summary. Every query names its columns; none reads
 * {@code note_section} or {@code private_note} (ADR 0004), so no note body, and above all no
 * psychotherapy note, can reach a summary through here. Periods are half-open: {@code [start, end)}.
 */
public final class SummaryRepository implements SummarySource {
    private final DSLContext dsl;
    private final ClinicalFramework framework;

    public SummaryRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl);
        this.framework = FrameworkWiring.on(dsl, clock);
    }

    /** The summary's data source over an open vault. */
    public static SummarySource of(Vault vault, Clock clock) {
        return new SummaryRepository(vault.database().dsl(), clock);
    }

    @Override
    public ClinicalFramework framework() {
        return framework;
    }

    @Override
    public Optional<String> auditAnchor() {
        String vaultId = dsl.select(VAULT_METADATA.VAULT_ID).from(VAULT_METADATA).where(VAULT_METADATA.ID.eq(1))
                .fetchOptional(VAULT_METADATA.VAULT_ID).orElse(null);
        return vaultId == null ? Optional.empty() : Optional.of(new AuditRepository(dsl).anchor().pdfKeywords(vaultId));
    }

    @Override
    public Optional<ClientFact> client(long clientId) {
        return dsl.select(CLIENT.ID, CLIENT.FULL_NAME, CLIENT.DATE_OF_BIRTH, CLIENT.STATUS)
                .from(CLIENT).where(CLIENT.ID.eq(clientId))
                .fetchOptional(r -> new ClientFact(r.value1(), r.value2(), r.value3(), ClientStatus.fromDb(r.value4())));
    }

    @Override
    public List<ClientFact> activeClients() {
        return dsl.select(CLIENT.ID, CLIENT.FULL_NAME, CLIENT.DATE_OF_BIRTH, CLIENT.STATUS)
                .from(CLIENT).where(CLIENT.STATUS.eq(ClientStatus.ACTIVE.dbValue()))
                .orderBy(CLIENT.ID)
                .fetch(r -> new ClientFact(r.value1(), r.value2(), r.value3(), ClientStatus.fromDb(r.value4())));
    }

    @Override
    public List<SessionFact> sessions(long clientId, OffsetDateTime start, OffsetDateTime end) {
        return dsl.select(SESSION_NOTE.ID, SESSION_NOTE.STARTS_AT, SESSION_NOTE.SESSION_TYPE, SESSION_NOTE.ATTENDANCE,
                        SESSION_NOTE.STATUS, SESSION_NOTE.SUMMARY_LINE)
                .from(SESSION_NOTE)
                .where(SESSION_NOTE.CLIENT_ID.eq(clientId))
                .and(SESSION_NOTE.STARTS_AT.ge(start)).and(SESSION_NOTE.STARTS_AT.lt(end))
                .orderBy(SESSION_NOTE.STARTS_AT, SESSION_NOTE.ID)
                .fetch(r -> new SessionFact(r.value1(), utc(r.value2()), SessionType.fromDb(r.value3()),
                        Attendance.fromDb(r.value4()), NoteStatus.fromDb(r.value5()), r.value6()));
    }

    @Override
    public List<ObservationFact> observations(long clientId, OffsetDateTime start, OffsetDateTime end) {
        return dsl.select(THEME_OBSERVATION.NOTE_ID, THEME_OBSERVATION.SESSION_STARTS_AT, THEME_OBSERVATION.ENTRY_ID,
                        TAXONOMY_ENTRY.LABEL, TAXONOMY_ENTRY.CATEGORY, THEME_OBSERVATION.INTENSITY,
                        THEME_OBSERVATION.SHAME_KIND, THEME_OBSERVATION.LABEL_AT_SIGNING)
                .from(THEME_OBSERVATION)
                .join(TAXONOMY_ENTRY).on(TAXONOMY_ENTRY.ID.eq(THEME_OBSERVATION.ENTRY_ID))
                .where(THEME_OBSERVATION.CLIENT_ID.eq(clientId))
                .and(THEME_OBSERVATION.SESSION_STARTS_AT.ge(start)).and(THEME_OBSERVATION.SESSION_STARTS_AT.lt(end))
                .orderBy(THEME_OBSERVATION.SESSION_STARTS_AT, THEME_OBSERVATION.NOTE_ID,
                        THEME_OBSERVATION.INTENSITY.desc(), THEME_OBSERVATION.ENTRY_ID)
                .fetch(r -> new ObservationFact(r.value1(), utc(r.value2()), r.value3(), r.value4(),
                        Category.fromCode(r.value5()), r.value6(),
                        r.value7() == null ? null : ShameKind.fromDb(r.value7()), r.value8()));
    }

    @Override
    public List<String> instrumentsAdministered(long clientId, OffsetDateTime start, OffsetDateTime end) {
        return dsl.selectDistinct(MEASURE_INSTRUMENT.INSTRUMENT_KEY, MEASURE_INSTRUMENT.ID)
                .from(MEASURE_ADMINISTRATION)
                .join(MEASURE_INSTRUMENT).on(MEASURE_INSTRUMENT.ID.eq(MEASURE_ADMINISTRATION.INSTRUMENT_ID))
                .where(MEASURE_ADMINISTRATION.CLIENT_ID.eq(clientId))
                .and(MEASURE_ADMINISTRATION.ADMINISTERED_AT.ge(start)).and(MEASURE_ADMINISTRATION.ADMINISTERED_AT.lt(end))
                .orderBy(MEASURE_INSTRUMENT.ID)
                .fetch(MEASURE_INSTRUMENT.INSTRUMENT_KEY);
    }

    @Override
    public List<CriticFact> innerCritic(long clientId, OffsetDateTime start, OffsetDateTime end) {
        var heard = DSL.count();
        var last = DSL.max(SESSION_NOTE.STARTS_AT);
        return dsl.select(INNER_CRITIC_STATEMENT.STATEMENT_TEXT, heard, last)
                .from(INNER_CRITIC_STATEMENT)
                .join(INNER_CRITIC_HEARING).on(INNER_CRITIC_HEARING.STATEMENT_ID.eq(INNER_CRITIC_STATEMENT.ID))
                .join(SESSION_NOTE).on(SESSION_NOTE.ID.eq(INNER_CRITIC_HEARING.NOTE_ID))
                .where(INNER_CRITIC_STATEMENT.CLIENT_ID.eq(clientId))
                .and(SESSION_NOTE.STARTS_AT.ge(start)).and(SESSION_NOTE.STARTS_AT.lt(end))
                .groupBy(INNER_CRITIC_STATEMENT.ID, INNER_CRITIC_STATEMENT.STATEMENT_TEXT)
                .orderBy(heard.desc(), last.desc(), INNER_CRITIC_STATEMENT.ID)
                .fetch(r -> new CriticFact(r.value1(), r.value2(), utc(r.value3())));
    }

    @Override
    public List<RiskFlagFact> riskFlags(long clientId, OffsetDateTime start, OffsetDateTime end) {
        var reviewedAt = DSL.field(DSL.select(DSL.min(RISK_REVIEW.REVIEWED_AT)).from(RISK_REVIEW)
                .where(RISK_REVIEW.CLIENT_ID.eq(RISK_FLAG.CLIENT_ID))
                .and(RISK_REVIEW.REVIEWED_AT.ge(RISK_FLAG.RAISED_AT)));
        return dsl.select(RISK_FLAG.RAISED_AT, RISK_FLAG.REASON, reviewedAt)
                .from(RISK_FLAG)
                .where(RISK_FLAG.CLIENT_ID.eq(clientId))
                .and(RISK_FLAG.RAISED_AT.ge(start)).and(RISK_FLAG.RAISED_AT.lt(end))
                .orderBy(RISK_FLAG.RAISED_AT, RISK_FLAG.ID)
                .fetch(r -> new RiskFlagFact(utc(r.value1()), r.value2(), utcOrNull(r.value3())));
    }

    @Override
    public Map<String, String> labels(Collection<String> entryKeys) {
        if (entryKeys.isEmpty()) {
            return Map.of();
        }
        return dsl.select(TAXONOMY_ENTRY.ENTRY_KEY, TAXONOMY_ENTRY.LABEL)
                .from(TAXONOMY_ENTRY).where(TAXONOMY_ENTRY.ENTRY_KEY.in(entryKeys))
                .fetchMap(TAXONOMY_ENTRY.ENTRY_KEY, TAXONOMY_ENTRY.LABEL);
    }

    private static OffsetDateTime utc(OffsetDateTime value) {
        return value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static @Nullable OffsetDateTime utcOrNull(@Nullable OffsetDateTime value) {
        return value == null ? null : utc(value);
    }
}
