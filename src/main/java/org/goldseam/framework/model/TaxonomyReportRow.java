package org.goldseam.framework.model;

/** One line of {@code goldseam taxonomy}: what a table, JSON or CSV rendering needs. */
public record TaxonomyReportRow(String key, String category, String label, boolean active, boolean builtin,
                                long useCount) {
}
