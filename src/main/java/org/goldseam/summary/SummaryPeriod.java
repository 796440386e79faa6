package org.goldseam.summary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The calendar days a summary covers, both ends included. Days are taken in the clinician's time
 * zone, so a 23:30 session belongs to the day the clinician saw the client.
 */
public record SummaryPeriod(LocalDate from, LocalDate to) {
    public SummaryPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new SummaryException(SummaryProblem.INVALID_PERIOD,
                    "The period ends (" + to + ") before it starts (" + from + ").");
        }
    }

    /** The first instant of the period in {@code zone}. */
    public OffsetDateTime start(ZoneId zone) {
        return from.atStartOfDay(zone).toOffsetDateTime();
    }

    /** The first instant after the period in {@code zone}. */
    public OffsetDateTime end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
