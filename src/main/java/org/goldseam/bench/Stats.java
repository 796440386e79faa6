package org.goldseam.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one thing, in milliseconds (or megabytes): median and spread. */
public record Stats(double median, double min, double max, int runs) {
    public static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(median, sorted.get(0), sorted.get(n - 1), n);
    }

    public static Stats single(double value) {
        return new Stats(value, value, value, 1);
    }

    /** "12.3 (11.9–14.0, n=5)": the median first, then the smallest and largest run. */
    public String describe(String unit) {
        if (runs == 1) {
            return format(median) + " " + unit;
        }
        return format(median) + " " + unit + " (" + format(min) + "–" + format(max) + ", n=" + runs + ")";
    }

    static String format(double value) {
        if (value >= 100) {
            return String.format("%,.0f", value);
        }
        if (value >= 10) {
            return String.format("%.1f", value);
        }
        return String.format("%.2f", value);
    }
}
