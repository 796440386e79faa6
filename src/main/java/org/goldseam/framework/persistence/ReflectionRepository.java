package org.goldseam.framework.persistence;

import static org.goldseam.db.Tables.INNER_CRITIC_HEARING;
import static org.goldseam.db.Tables.INNER_CRITIC_STATEMENT;
import static org.goldseam.db.Tables.REFLECTIVE_ANSWER;
import static org.goldseam.db.Tables.SESSION_NOTE;
import static org.goldseam.db.Tables.THEME_OBSERVATION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.goldseam.framework.model.CountedSessions;
import org.goldseam.framework.model.InnerCriticStatement;
import org.goldseam.framework.model.ReflectiveAnswer;
import org.goldseam.framework.model.ReflectiveQuestion;
import org.goldseam.framework.model.ShameKindSession;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** Reflective answers, inner-critic statements and the shame kind of theme observations. */
public final class ReflectionRepository {
    private final DSLContext dsl;

    public ReflectionRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    public long insertAnswer(long clientId, ReflectiveQuestion question, @Nullable Long noteId, OffsetDateTime answeredAt,
                             String answer) {
        return dsl.insertInto(REFLECTIVE_ANSWER)
                .set(REFLECTIVE_ANSWER.CLIENT_ID, clientId)
                .set(REFLECTIVE_ANSWER.QUESTION_KEY, question.key())
                .set(REFLECTIVE_ANSWER.NOTE_ID, noteId)
                .set(REFLECTIVE_ANSWER.ANSWERED_AT, answeredAt)
                .set(REFLECTIVE_ANSWER.ANSWER_TEXT, answer)
                .returning(REFLECTIVE_ANSWER.ID)
                .fetchOne(REFLECTIVE_ANSWER.ID);
    }

    public List<ReflectiveAnswer> answers(long clientId) {
        return dsl.selectFrom(REFLECTIVE_ANSWER)
                .where(REFLECTIVE_ANSWER.CLIENT_ID.eq(clientId))
                .orderBy(REFLECTIVE_ANSWER.ANSWERED_AT, REFLECTIVE_ANSWER.ID)
                .fetch(r -> new ReflectiveAnswer(r.getId(), r.getClientId(), ReflectiveQuestion.fromKey(r.getQuestionKey()),
                        r.getNoteId(), r.getAnsweredAt(), r.getAnswerText()));
    }

    /** The client a note belongs to, or null when there is no such note. */
    public Long noteClient(long noteId) {
        return dsl.select(SESSION_NOTE.CLIENT_ID).from(SESSION_NOTE).where(SESSION_NOTE.ID.eq(noteId))
                .fetchOne(SESSION_NOTE.CLIENT_ID);
    }

    /** True when the note exists and is signed: nothing more is recorded against it (it shows what was signed). */
    public boolean noteSigned(long noteId) {
        return dsl.fetchExists(SESSION_NOTE, SESSION_NOTE.ID.eq(noteId).and(SESSION_NOTE.STATUS.eq("signed")));
    }

    /** The inner-critic lines heard in this very session, as first worded, oldest statement first. */
    public List<String> criticLinesHeardIn(long noteId) {
        return dsl.select(INNER_CRITIC_STATEMENT.STATEMENT_TEXT)
                .from(INNER_CRITIC_HEARING)
                .join(INNER_CRITIC_STATEMENT).on(INNER_CRITIC_STATEMENT.ID.eq(INNER_CRITIC_HEARING.STATEMENT_ID))
                .where(INNER_CRITIC_HEARING.NOTE_ID.eq(noteId))
                .orderBy(INNER_CRITIC_STATEMENT.ID)
                .fetch(INNER_CRITIC_STATEMENT.STATEMENT_TEXT);
    }

    /** Finds or creates the statement with this match text and records it as heard in the note. */
    public long recordHearing(long clientId, long noteId, String text, String matchText, OffsetDateTime now) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Long id = tx.select(INNER_CRITIC_STATEMENT.ID).from(INNER_CRITIC_STATEMENT)
                    .where(INNER_CRITIC_STATEMENT.CLIENT_ID.eq(clientId))
                    .and(INNER_CRITIC_STATEMENT.MATCH_TEXT.eq(matchText))
                    .fetchOne(INNER_CRITIC_STATEMENT.ID);
            if (id == null) {
                id = tx.insertInto(INNER_CRITIC_STATEMENT)
                        .set(INNER_CRITIC_STATEMENT.CLIENT_ID, clientId)
                        .set(INNER_CRITIC_STATEMENT.STATEMENT_TEXT, text)
                        .set(INNER_CRITIC_STATEMENT.MATCH_TEXT, matchText)
                        .set(INNER_CRITIC_STATEMENT.CREATED_AT, now)
                        .returning(INNER_CRITIC_STATEMENT.ID)
                        .fetchOne(INNER_CRITIC_STATEMENT.ID);
            }
            boolean heard = tx.fetchExists(INNER_CRITIC_HEARING, INNER_CRITIC_HEARING.STATEMENT_ID.eq(id)
                    .and(INNER_CRITIC_HEARING.NOTE_ID.eq(noteId)));
            if (!heard) {
                tx.insertInto(INNER_CRITIC_HEARING)
                        .set(INNER_CRITIC_HEARING.STATEMENT_ID, id)
                        .set(INNER_CRITIC_HEARING.NOTE_ID, noteId)
                        .execute();
            }
            return id;
        });
    }

    /** Statements with at least one hearing, most recently heard first. */
    public List<InnerCriticStatement> statements(long clientId) {
        return dsl.selectFrom(INNER_CRITIC_STATEMENT)
                .where(INNER_CRITIC_STATEMENT.CLIENT_ID.eq(clientId))
                .fetch(s -> {
                    var hearings = dsl.select(SESSION_NOTE.ID, SESSION_NOTE.STARTS_AT)
                            .from(INNER_CRITIC_HEARING)
                            .join(SESSION_NOTE).on(SESSION_NOTE.ID.eq(INNER_CRITIC_HEARING.NOTE_ID))
                            .where(INNER_CRITIC_HEARING.STATEMENT_ID.eq(s.getId()))
                            .orderBy(SESSION_NOTE.STARTS_AT, SESSION_NOTE.ID)
                            .fetch();
                    if (hearings.isEmpty()) {
                        return null;
                    }
                    var first = hearings.get(0);
                    var last = hearings.get(hearings.size() - 1);
                    return new InnerCriticStatement(s.getId(), clientId, s.getStatementText(),
                            first.value1(), first.value2(), last.value1(), last.value2(), hearings.size());
                })
                .stream()
                .filter(Objects::nonNull)
                .sorted((a, b) -> b.lastHeard().compareTo(a.lastHeard()))
                .toList();
    }

    /**
     * Core and adaptive counts per session of the client, in session order; sessions with neither are
     * left out, and so are sessions that do not count ({@link CountedSessions}: not attended).
     */
    public List<ShameKindSession> shameKindsBySession(long clientId) {
        Field<Integer> core = DSL.count().filterWhere(THEME_OBSERVATION.SHAME_KIND.eq("core")).as("core");
        Field<Integer> adaptive = DSL.count().filterWhere(THEME_OBSERVATION.SHAME_KIND.eq("adaptive")).as("adaptive");
        return dsl.select(THEME_OBSERVATION.NOTE_ID, THEME_OBSERVATION.SESSION_STARTS_AT, core, adaptive)
                .from(THEME_OBSERVATION)
                .where(THEME_OBSERVATION.CLIENT_ID.eq(clientId))
                .and(THEME_OBSERVATION.SHAME_KIND.isNotNull())
                .and(THEME_OBSERVATION.NOTE_ID.in(DSL.select(SESSION_NOTE.ID).from(SESSION_NOTE)
                        .where(SESSION_NOTE.CLIENT_ID.eq(clientId))
                        .and(SESSION_NOTE.ATTENDANCE.in(CountedSessions.ATTENDANCE_VALUES))))
                .groupBy(THEME_OBSERVATION.NOTE_ID, THEME_OBSERVATION.SESSION_STARTS_AT)
                .orderBy(THEME_OBSERVATION.SESSION_STARTS_AT, THEME_OBSERVATION.NOTE_ID)
                .fetch(r -> new ShameKindSession(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
