package org.goldseam.framework.persistence;

import static org.goldseam.db.Tables.MEASURE_ADMINISTRATION;
import static org.goldseam.db.Tables.MEASURE_INSTRUMENT;
import static org.goldseam.db.Tables.MEASURE_RESPONSE;
import static org.goldseam.db.Tables.MEASURE_SUBSCALE;
import static org.goldseam.db.Tables.MEASURE_SUBSCALE_SCORE;
import static org.goldseam.db.Tables.RISK_FLAG;
import static org.goldseam.db.Tables.RISK_REVIEW;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.goldseam.framework.measure.Administration;
import org.goldseam.framework.measure.Score;
import org.goldseam.framework.measure.SubscaleScore;
import org.goldseam.framework.model.RiskFlag;
import org.goldseam.framework.model.RiskReview;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** Administrations with their raw answers and scores, and the risk flags and reviews around them. */
public final class AdministrationRepository {
    private final DSLContext dsl;

    public AdministrationRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    /** True when the note exists and is signed: no questionnaire is linked to it any more. */
    public boolean noteSigned(long noteId) {
        return dsl.fetchExists(org.goldseam.db.Tables.SESSION_NOTE, org.goldseam.db.Tables.SESSION_NOTE.ID.eq(noteId)
                .and(org.goldseam.db.Tables.SESSION_NOTE.STATUS.eq("signed")));
    }

    /**
     * Stores an administration, its raw answers (as given, before reverse scoring), its subscale
     * scores, and a risk flag when {@code riskReason} is not null; all or nothing.
     */
    public long insert(long clientId, long instrumentId, @Nullable Long noteId, OffsetDateTime administeredAt,
                       Map<Integer, Integer> answers, Score score, @Nullable String riskReason) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            long id = tx.insertInto(MEASURE_ADMINISTRATION)
                    .set(MEASURE_ADMINISTRATION.CLIENT_ID, clientId)
                    .set(MEASURE_ADMINISTRATION.INSTRUMENT_ID, instrumentId)
                    .set(MEASURE_ADMINISTRATION.NOTE_ID, noteId)
                    .set(MEASURE_ADMINISTRATION.ADMINISTERED_AT, administeredAt)
                    .set(MEASURE_ADMINISTRATION.COMPLETE, score.complete())
                    .set(MEASURE_ADMINISTRATION.TOTAL_SCORE, score.total())
                    .set(MEASURE_ADMINISTRATION.BAND, score.band())
                    .returning(MEASURE_ADMINISTRATION.ID)
                    .fetchOne(MEASURE_ADMINISTRATION.ID);
            for (Map.Entry<Integer, Integer> answer : new TreeMap<>(answers).entrySet()) {
                if (answer.getValue() != null) {
                    tx.insertInto(MEASURE_RESPONSE)
                            .set(MEASURE_RESPONSE.ADMINISTRATION_ID, id)
                            .set(MEASURE_RESPONSE.ITEM_NUMBER, answer.getKey())
                            .set(MEASURE_RESPONSE.SCORE, answer.getValue())
                            .execute();
                }
            }
            for (SubscaleScore subscale : score.subscales()) {
                long subscaleId = tx.select(MEASURE_SUBSCALE.ID).from(MEASURE_SUBSCALE)
                        .where(MEASURE_SUBSCALE.INSTRUMENT_ID.eq(instrumentId))
                        .and(MEASURE_SUBSCALE.SUBSCALE_KEY.eq(subscale.key()))
                        .fetchSingle(MEASURE_SUBSCALE.ID);
                tx.insertInto(MEASURE_SUBSCALE_SCORE)
                        .set(MEASURE_SUBSCALE_SCORE.ADMINISTRATION_ID, id)
                        .set(MEASURE_SUBSCALE_SCORE.SUBSCALE_ID, subscaleId)
                        .set(MEASURE_SUBSCALE_SCORE.SCORE, subscale.score())
                        .set(MEASURE_SUBSCALE_SCORE.BAND, subscale.band())
                        .execute();
            }
            if (riskReason != null) {
                tx.insertInto(RISK_FLAG)
                        .set(RISK_FLAG.CLIENT_ID, clientId)
                        .set(RISK_FLAG.ADMINISTRATION_ID, id)
                        .set(RISK_FLAG.RAISED_AT, administeredAt)
                        .set(RISK_FLAG.REASON, riskReason)
                        .execute();
            }
            return id;
        });
    }

    /** Stored administrations of one instrument for a client, oldest first (raw answers, stored scores). */
    public List<Administration> byClient(long clientId, String instrumentKey) {
        return dsl.select(MEASURE_ADMINISTRATION.fields())
                .from(MEASURE_ADMINISTRATION)
                .join(MEASURE_INSTRUMENT).on(MEASURE_INSTRUMENT.ID.eq(MEASURE_ADMINISTRATION.INSTRUMENT_ID))
                .where(MEASURE_ADMINISTRATION.CLIENT_ID.eq(clientId))
                .and(MEASURE_INSTRUMENT.INSTRUMENT_KEY.eq(instrumentKey))
                .orderBy(MEASURE_ADMINISTRATION.ADMINISTERED_AT, MEASURE_ADMINISTRATION.ID)
                .fetch(r -> {
                    long id = r.get(MEASURE_ADMINISTRATION.ID);
                    Map<Integer, Integer> answers = new TreeMap<>();
                    dsl.selectFrom(MEASURE_RESPONSE).where(MEASURE_RESPONSE.ADMINISTRATION_ID.eq(id))
                            .forEach(a -> answers.put(a.getItemNumber(), a.getScore()));
                    List<SubscaleScore> subscales = dsl.select(MEASURE_SUBSCALE.SUBSCALE_KEY, MEASURE_SUBSCALE_SCORE.SCORE,
                                    MEASURE_SUBSCALE_SCORE.BAND)
                            .from(MEASURE_SUBSCALE_SCORE)
                            .join(MEASURE_SUBSCALE).on(MEASURE_SUBSCALE.ID.eq(MEASURE_SUBSCALE_SCORE.SUBSCALE_ID))
                            .where(MEASURE_SUBSCALE_SCORE.ADMINISTRATION_ID.eq(id))
                            .orderBy(MEASURE_SUBSCALE.ID)
                            .fetch(s -> new SubscaleScore(s.value1(), s.value2(), s.value3()));
                    boolean complete = r.get(MEASURE_ADMINISTRATION.COMPLETE);
                    Score score = new Score(complete, r.get(MEASURE_ADMINISTRATION.TOTAL_SCORE),
                            r.get(MEASURE_ADMINISTRATION.BAND), subscales, List.of());
                    return new Administration(id, clientId, instrumentKey, r.get(MEASURE_ADMINISTRATION.NOTE_ID),
                            r.get(MEASURE_ADMINISTRATION.ADMINISTERED_AT), answers, score);
                });
    }

    /** Keys of every instrument, active or not, that the client has an administration of. */
    public List<String> instrumentKeysUsedBy(long clientId) {
        return dsl.selectDistinct(MEASURE_INSTRUMENT.INSTRUMENT_KEY)
                .from(MEASURE_ADMINISTRATION)
                .join(MEASURE_INSTRUMENT).on(MEASURE_INSTRUMENT.ID.eq(MEASURE_ADMINISTRATION.INSTRUMENT_ID))
                .where(MEASURE_ADMINISTRATION.CLIENT_ID.eq(clientId))
                .orderBy(MEASURE_INSTRUMENT.INSTRUMENT_KEY)
                .fetch(MEASURE_INSTRUMENT.INSTRUMENT_KEY);
    }

    public long insertReview(long clientId, OffsetDateTime reviewedAt, String reviewer, String outcome) {
        return dsl.insertInto(RISK_REVIEW)
                .set(RISK_REVIEW.CLIENT_ID, clientId)
                .set(RISK_REVIEW.REVIEWED_AT, reviewedAt)
                .set(RISK_REVIEW.REVIEWER, reviewer)
                .set(RISK_REVIEW.OUTCOME, outcome)
                .returning(RISK_REVIEW.ID)
                .fetchOne(RISK_REVIEW.ID);
    }

    /** Flags with no review of the same client at or after the moment they were raised. */
    public List<RiskFlag> openFlags(long clientId) {
        return dsl.selectFrom(RISK_FLAG)
                .where(RISK_FLAG.CLIENT_ID.eq(clientId))
                .andNotExists(DSL.selectOne().from(RISK_REVIEW)
                        .where(RISK_REVIEW.CLIENT_ID.eq(RISK_FLAG.CLIENT_ID))
                        .and(RISK_REVIEW.REVIEWED_AT.ge(RISK_FLAG.RAISED_AT)))
                .orderBy(RISK_FLAG.RAISED_AT, RISK_FLAG.ID)
                .fetch(f -> new RiskFlag(f.getId(), f.getClientId(), f.getAdministrationId(), f.getRaisedAt(), f.getReason()));
    }

    /** Every flag ever raised for the client, open or cleared, oldest first. */
    public List<RiskFlag> allFlags(long clientId) {
        return dsl.selectFrom(RISK_FLAG)
                .where(RISK_FLAG.CLIENT_ID.eq(clientId))
                .orderBy(RISK_FLAG.RAISED_AT, RISK_FLAG.ID)
                .fetch(f -> new RiskFlag(f.getId(), f.getClientId(), f.getAdministrationId(), f.getRaisedAt(), f.getReason()));
    }

    /** Every client with at least one open flag, in one query: the client list shows a risk icon. */
    public java.util.Set<Long> clientsWithOpenFlags() {
        return new java.util.HashSet<>(dsl.selectDistinct(RISK_FLAG.CLIENT_ID).from(RISK_FLAG)
                .whereNotExists(DSL.selectOne().from(RISK_REVIEW)
                        .where(RISK_REVIEW.CLIENT_ID.eq(RISK_FLAG.CLIENT_ID))
                        .and(RISK_REVIEW.REVIEWED_AT.ge(RISK_FLAG.RAISED_AT)))
                .fetch(RISK_FLAG.CLIENT_ID));
    }

    public List<RiskReview> reviews(long clientId) {
        return dsl.selectFrom(RISK_REVIEW).where(RISK_REVIEW.CLIENT_ID.eq(clientId))
                .orderBy(RISK_REVIEW.REVIEWED_AT, RISK_REVIEW.ID)
                .fetch(r -> new RiskReview(r.getId(), r.getClientId(), r.getReviewedAt(), r.getReviewer(), r.getOutcome()));
    }
}
