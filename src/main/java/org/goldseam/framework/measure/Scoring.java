package org.goldseam.framework.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Scores a form against its instrument. Pure: no storage, no clock. */
public final class Scoring {
    /** Means are kept to two decimals, the precision measure_administration stores. */
    public static final int SCALE = 2;

    private Scoring() {
    }

    /**
     * @param answers raw answers by item number, as the client gave them (before reverse scoring);
     *                an item absent from the map is unanswered
     */
    public static Score score(Instrument instrument, Map<Integer, Integer> answers) {
        for (Map.Entry<Integer, Integer> answer : answers.entrySet()) {
            int item = answer.getKey();
            if (item < 1 || item > instrument.itemCount()) {
                throw new IllegalArgumentException(instrument.name() + " has no item " + item);
            }
            Integer value = answer.getValue();
            if (value != null && (value < instrument.minItemScore() || value > instrument.maxItemScore())) {
                throw new IllegalArgumentException("answer " + value + " to item " + item + " lies outside "
                        + instrument.minItemScore() + "-" + instrument.maxItemScore());
            }
        }
        List<Integer> missing = new ArrayList<>();
        int[] given = new int[instrument.itemCount() + 1]; // by item number; items are numbered 1..n
        for (Item item : instrument.items()) {
            Integer value = answers.get(item.number());
            if (value == null) {
                missing.add(item.number());
            } else {
                given[item.number()] = value;
            }
        }
        if (!missing.isEmpty()) {
            return Score.incomplete(missing);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Item item : instrument.items()) {
            total = total.add(BigDecimal.valueOf(scored(instrument, item, given[item.number()])));
        }
        List<SubscaleScore> subscales = new ArrayList<>();
        for (Subscale subscale : instrument.subscales()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int number : subscale.items()) {
                Item item = instrument.items().get(number - 1);
                sum = sum.add(BigDecimal.valueOf(scored(instrument, item, given[number])));
            }
            BigDecimal value = subscale.aggregation() == Aggregation.MEAN
                    ? sum.divide(BigDecimal.valueOf(subscale.items().size()), SCALE, RoundingMode.HALF_UP)
                    : sum.setScale(SCALE, RoundingMode.UNNECESSARY);
            subscales.add(new SubscaleScore(subscale.key(), value, bandOf(subscale.bands(), value)));
        }
        total = total.setScale(SCALE, RoundingMode.UNNECESSARY);
        return new Score(true, total, bandOf(instrument.bands(), total), subscales, List.of());
    }

    /** The answer as it counts towards scores: reversed items are mirrored on the scale. */
    public static int scored(Instrument instrument, Item item, int answer) {
        return item.reverse() ? instrument.minItemScore() + instrument.maxItemScore() - answer : answer;
    }

    static @Nullable String bandOf(List<Band> bands, BigDecimal score) {
        for (Band band : bands) {
            if (band.contains(score)) {
                return band.label();
            }
        }
        return null;
    }
}
