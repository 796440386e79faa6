package org.goldseam.app.workspace.persistence;

import java.time.Clock;
import java.time.LocalDate;
import org.goldseam.framework.model.GoalStatus;
import org.goldseam.framework.model.TreatmentGoal;
import org.goldseam.framework.persistence.wiring.FrameworkWiring;
import org.goldseam.vault.Vault;
import org.jspecify.annotations.Nullable;

/** Changes from the workspace that touch more than one row and must happen together. */
public final class WorkspaceWrites {
    private WorkspaceWrites() {
    }

    /**
     * Closes a goal as revised and creates its reworded successor in one transaction: a failure
     * leaves the old goal active rather than a client with the goal closed and nothing in its place.
     */
    public static TreatmentGoal reviseGoal(Vault vault, Clock clock, long goalId, String description, @Nullable LocalDate targetDate) {
        return vault.database().dsl().transactionResult(cfg -> {
            var goals = FrameworkWiring.on(cfg.dsl(), clock).goals();
            TreatmentGoal old = goals.changeStatus(goalId, GoalStatus.REVISED, null);
            return goals.create(old.clientId(), description, targetDate);
        });
    }
}
