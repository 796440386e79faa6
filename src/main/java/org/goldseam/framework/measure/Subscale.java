package org.goldseam.framework.measure;

import java.util.List;

/** A named set of items scored by sum or mean, with optional bands of its own. */
public record Subscale(String key, String name, Aggregation aggregation, List<Integer> items, List<Band> bands) {
    public Subscale {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a subscale needs a key");
        }
        items = List.copyOf(items);
        bands = List.copyOf(bands);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("subscale " + key + " has no items");
        }
        if (items.stream().distinct().count() != items.size()) {
            throw new IllegalArgumentException("subscale " + key + " lists an item twice");
        }
    }
}
