package org.goldseam.app.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.goldseam.framework.measure.Instrument;
import org.goldseam.framework.measure.Score;
import org.goldseam.framework.measure.Scoring;
import org.jspecify.annotations.Nullable;

/**
 * The "Enter measure" form without Swing: the answers given so far, the live score and whether the
 * answers call for a risk review. The dialog shows it; tests drive it directly.
 */
public final class MeasureForm extends ObservableState<MeasureForm.Property> {
    public enum Property { ANSWERS, SCORE, RISK_WARNING, DATE }

    /** What the form produces: stored as one administration. */
    public record Entry(String instrumentKey, LocalDate date, Map<Integer, Integer> answers) {
        public Entry {
            Objects.requireNonNull(instrumentKey, "instrumentKey");
            Objects.requireNonNull(date, "date");
            answers = Collections.unmodifiableMap(new TreeMap<>(answers));
        }
    }

    static final int PHQ9_RISK_ITEM = 9;

    private final Instrument instrument;
    private final Map<Integer, Integer> answers = new TreeMap<>();
    private Score score;
    private boolean riskWarning;
    private LocalDate date;

    public MeasureForm(Instrument instrument, LocalDate date) {
        this.instrument = Objects.requireNonNull(instrument);
        this.date = Objects.requireNonNull(date);
        this.score = Scoring.score(instrument, answers);
    }

    public Instrument instrument() {
        return instrument;
    }

    public LocalDate date() {
        return date;
    }

    public void setDate(LocalDate newDate) {
        Objects.requireNonNull(newDate);
        LocalDate old = date;
        date = newDate;
        fire(Property.DATE, old, newDate);
    }

    /** Sets the answer to item {@code item}; null clears it. */
    public void answer(int item, Integer value) {
        if (item < 1 || item > instrument.itemCount()) {
            throw new IllegalArgumentException(instrument.name() + " has no item " + item);
        }
        if (value != null && (value < instrument.minItemScore() || value > instrument.maxItemScore())) {
            throw new IllegalArgumentException("answer " + value + " lies outside " + instrument.minItemScore()
                    + "-" + instrument.maxItemScore());
        }
        Map<Integer, Integer> before = answers();
        if (value == null) {
            answers.remove(item);
        } else {
            answers.put(item, value);
        }
        fire(Property.ANSWERS, before, answers());
        Score oldScore = score;
        score = Scoring.score(instrument, answers);
        fire(Property.SCORE, oldScore, score);
        boolean oldRisk = riskWarning;
        Integer riskAnswer = answers.get(PHQ9_RISK_ITEM);
        riskWarning = Instrument.PHQ9.equals(instrument.key()) && riskAnswer != null && riskAnswer > 0;
        fire(Property.RISK_WARNING, oldRisk, riskWarning);
    }

    public @Nullable Integer answerTo(int item) {
        return answers.get(item);
    }

    public Map<Integer, Integer> answers() {
        return Collections.unmodifiableMap(new TreeMap<>(answers));
    }

    public Score score() {
        return score;
    }

    public boolean complete() {
        return score.complete();
    }

    /** True when PHQ-9 item 9 is answered above 0: the clinician must review risk. */
    public boolean riskWarning() {
        return riskWarning;
    }

    /** The highest total the instrument allows, for "14 of 27". */
    public int maxTotal() {
        return instrument.itemCount() * instrument.maxItemScore();
    }

    /** A line such as "Total 14 of 27 · moderate" or "6 of 9 items answered · …". */
    public String summary() {
        if (!score.complete()) {
            int answered = answers.size();
            return answered + " of " + instrument.itemCount() + " items answered · "
                    + "if saved now, it is kept as incomplete, without a total";
        }
        String total = "Total " + plain(score.total()) + " of " + maxTotal();
        return score.band() == null ? total : total + " · " + score.band();
    }

    public Entry toEntry() {
        return new Entry(instrument.key(), date, answers);
    }

    /** 14.00 → "14", 3.50 → "3.5". */
    public static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
