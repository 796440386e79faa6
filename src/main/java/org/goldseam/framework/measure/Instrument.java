package org.goldseam.framework.measure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A questionnaire definition: built-in (PHQ-9, GAD-7) or entered by a clinician who holds the scale.
 * Items are numbered 1..n without gaps; every answer lies in [minItemScore, maxItemScore].
 */
public record Instrument(String key, String name, boolean builtin, int minItemScore, int maxItemScore,
                         String instructions, List<Item> items, List<ResponseOption> responseOptions,
                         List<Subscale> subscales, List<Band> bands) {
    public static final String PHQ9 = "phq9";
    public static final String GAD7 = "gad7";

    public Instrument {
        if (key == null || !key.matches("[a-z][a-z0-9_]{0,59}")) {
            throw new IllegalArgumentException("an instrument key is lower-case letters, digits and underscores: " + key);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an instrument needs a name");
        }
        if (minItemScore >= maxItemScore) {
            throw new IllegalArgumentException("the response scale must run from a lower to a higher score");
        }
        items = List.copyOf(items);
        responseOptions = List.copyOf(responseOptions);
        subscales = List.copyOf(subscales);
        bands = List.copyOf(bands);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an instrument needs at least one item");
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).number() != i + 1) {
                throw new IllegalArgumentException("items must be numbered 1 to " + items.size() + " in order");
            }
        }
        for (ResponseOption option : responseOptions) {
            if (option.score() < minItemScore || option.score() > maxItemScore) {
                throw new IllegalArgumentException("response option " + option.label() + " lies outside the scale");
            }
        }
        Set<String> subscaleKeys = new HashSet<>();
        for (Subscale subscale : subscales) {
            if (!subscaleKeys.add(subscale.key())) {
                throw new IllegalArgumentException("two subscales share the key " + subscale.key());
            }
            for (int item : subscale.items()) {
                if (item < 1 || item > items.size()) {
                    throw new IllegalArgumentException("subscale " + subscale.key() + " names item " + item
                            + ", which the instrument does not have");
                }
            }
        }
    }

    public int itemCount() {
        return items.size();
    }
}
