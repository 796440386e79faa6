package org.goldseam.framework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.goldseam.framework.model.GoalProgressPoint;
import org.goldseam.framework.model.GoalStatus;
import org.goldseam.framework.model.TreatmentGoal;
import org.goldseam.framework.persistence.GoalRepository;
import org.jspecify.annotations.Nullable;

/** Treatment goals and their per-session 0-10 progress. */
public final class GoalService {
    private final GoalRepository repository;
    private final Clock clock;

    public GoalService(GoalRepository repository, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.clock = Objects.requireNonNull(clock);
    }

    public TreatmentGoal create(long clientId, String description, @Nullable LocalDate targetDate) {
        long id = repository.insert(clientId, TaxonomyService.requireText(description, "goal description"),
                LocalDate.now(clock), targetDate);
        return get(id);
    }

    public TreatmentGoal get(long goalId) {
        return repository.byId(goalId).orElseThrow(() -> new FrameworkException("There is no such goal."));
    }

    public List<TreatmentGoal> goals(long clientId) {
        return repository.byClient(clientId);
    }

    /** Closes a goal as met, revised or dropped on {@code closedOn}, or reopens it (ACTIVE, no closed date). */
    public TreatmentGoal changeStatus(long goalId, GoalStatus status, @Nullable LocalDate closedOn) {
        Objects.requireNonNull(status, "status");
        TreatmentGoal goal = get(goalId);
        if (status == GoalStatus.ACTIVE) {
            repository.updateStatus(goalId, status, null);
        } else {
            LocalDate closed = closedOn == null ? LocalDate.now(clock) : closedOn;
            if (closed.isBefore(goal.createdOn())) {
                throw new FrameworkException("A goal cannot close before it was set.");
            }
            repository.updateStatus(goalId, status, closed);
        }
        return get(goalId);
    }

    public TreatmentGoal changeTargetDate(long goalId, LocalDate targetDate) {
        get(goalId);
        repository.updateTargetDate(goalId, targetDate);
        return get(goalId);
    }

    /** Progress ratings by session, oldest first. */
    public List<GoalProgressPoint> progress(long goalId) {
        return repository.progress(goalId);
    }
}
