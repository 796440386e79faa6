package org.goldseam.framework.model;

import java.time.YearMonth;

/** Observations marked core or adaptive shame for one client in one calendar month. */
public record ShameKindPeriod(YearMonth month, int core, int adaptive) {
}
