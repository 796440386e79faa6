package org.goldseam.search;

import org.goldseam.search.model.SparkPoint;
import org.goldseam.search.model.RecurrenceRow;
import java.util.List;
import java.util.Map;

/**
 * Everything the theme search found for one client before names are looked up: the aggregate row,
 * the window sessions showing each searched theme (by entry id) and the sparkline, oldest first.
 */
record RecurrenceAnswer(RecurrenceRow row, Map<Long, Integer> countsByEntry, List<SparkPoint> sparkline) {
}
