package org.goldseam.framework.model;

import java.time.LocalDate;

/** A treatment goal; {@code closedOn} is set once the goal is met, revised or dropped. */
public record TreatmentGoal(long id, long clientId, String description, GoalStatus status, LocalDate createdOn,
                            LocalDate targetDate, LocalDate closedOn) {
}
