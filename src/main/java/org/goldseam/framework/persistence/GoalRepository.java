package org.goldseam.framework.persistence;

import static org.goldseam.db.Tables.GOAL_PROGRESS;
import static org.goldseam.db.Tables.SESSION_NOTE;
import static org.goldseam.db.Tables.TREATMENT_GOAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.goldseam.db.tables.records.TreatmentGoalRecord;
import org.goldseam.framework.model.GoalProgressPoint;
import org.goldseam.framework.model.GoalStatus;
import org.goldseam.framework.model.TreatmentGoal;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/** Treatment goals; progress ratings are written by the note aggregate and only read here. */
public final class GoalRepository {
    private final DSLContext dsl;

    public GoalRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    public long insert(long clientId, String description, LocalDate createdOn, @Nullable LocalDate targetDate) {
        return dsl.insertInto(TREATMENT_GOAL)
                .set(TREATMENT_GOAL.CLIENT_ID, clientId)
                .set(TREATMENT_GOAL.DESCRIPTION, description)
                .set(TREATMENT_GOAL.STATUS, GoalStatus.ACTIVE.code())
                .set(TREATMENT_GOAL.CREATED_ON, createdOn)
                .set(TREATMENT_GOAL.TARGET_DATE, targetDate)
                .returning(TREATMENT_GOAL.ID)
                .fetchOne(TREATMENT_GOAL.ID);
    }

    public Optional<TreatmentGoal> byId(long goalId) {
        return dsl.selectFrom(TREATMENT_GOAL).where(TREATMENT_GOAL.ID.eq(goalId)).fetchOptional(GoalRepository::toGoal);
    }

    public List<TreatmentGoal> byClient(long clientId) {
        return dsl.selectFrom(TREATMENT_GOAL).where(TREATMENT_GOAL.CLIENT_ID.eq(clientId))
                .orderBy(TREATMENT_GOAL.CREATED_ON, TREATMENT_GOAL.ID)
                .fetch(GoalRepository::toGoal);
    }

    public void updateStatus(long goalId, GoalStatus status, @Nullable LocalDate closedOn) {
        dsl.update(TREATMENT_GOAL)
                .set(TREATMENT_GOAL.STATUS, status.code())
                .set(TREATMENT_GOAL.CLOSED_ON, closedOn)
                .where(TREATMENT_GOAL.ID.eq(goalId))
                .execute();
    }

    public void updateTargetDate(long goalId, LocalDate targetDate) {
        dsl.update(TREATMENT_GOAL).set(TREATMENT_GOAL.TARGET_DATE, targetDate).where(TREATMENT_GOAL.ID.eq(goalId)).execute();
    }

    public List<GoalProgressPoint> progress(long goalId) {
        return dsl.select(GOAL_PROGRESS.NOTE_ID, SESSION_NOTE.STARTS_AT, GOAL_PROGRESS.RATING, GOAL_PROGRESS.COMMENT)
                .from(GOAL_PROGRESS)
                .join(SESSION_NOTE).on(SESSION_NOTE.ID.eq(GOAL_PROGRESS.NOTE_ID))
                .where(GOAL_PROGRESS.GOAL_ID.eq(goalId))
                .orderBy(SESSION_NOTE.STARTS_AT, SESSION_NOTE.ID)
                .fetch(r -> new GoalProgressPoint(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static TreatmentGoal toGoal(TreatmentGoalRecord r) {
        return new TreatmentGoal(r.getId(), r.getClientId(), r.getDescription(), GoalStatus.fromCode(r.getStatus()),
                r.getCreatedOn(), r.getTargetDate(), r.getClosedOn());
    }
}
