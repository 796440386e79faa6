package org.goldseam.framework.model;

/** A taxonomy entry with the number of times it is referenced anywhere in the record. */
public record TaxonomyEntry(long id, String key, Category category, String label, String description,
                            boolean builtin, boolean active, int sortOrder, long useCount) {
}
