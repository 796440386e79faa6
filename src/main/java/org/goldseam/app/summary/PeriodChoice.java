package org.goldseam.app.summary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.goldseam.summary.SummaryPeriod;

/**
 * The period a form shows: a preset with its dates worked out, or custom dates, which may be in the
 * wrong order while the clinician is still typing them; {@link #problem()} then says so.
 */
public record PeriodChoice(PeriodPreset preset, LocalDate from, LocalDate to) {
    public PeriodChoice {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The preset's period ending {@code today}. */
    public static PeriodChoice of(PeriodPreset preset, LocalDate today) {
        return preset == PeriodPreset.CUSTOM
                ? new PeriodChoice(preset, today.minusMonths(1).plusDays(1), today)
                : new PeriodChoice(preset, preset.from(today), today);
    }

    /** Switches to {@code preset}; choosing CUSTOM keeps the dates shown so the clinician edits from there. */
    public PeriodChoice with(PeriodPreset newPreset, LocalDate today) {
        return newPreset == PeriodPreset.CUSTOM ? new PeriodChoice(newPreset, from, to) : of(newPreset, today);
    }

    public PeriodChoice withCustom(LocalDate newFrom, LocalDate newTo) {
        return new PeriodChoice(PeriodPreset.CUSTOM, newFrom, newTo);
    }

    /** A sentence saying why these dates cannot be used, if they cannot. */
    public Optional<String> problem() {
        return to.isBefore(from)
                ? Optional.of("The period ends before it starts; choose an end date on or after the start date.")
                : Optional.empty();
    }

    public SummaryPeriod period() {
        return new SummaryPeriod(from, to);
    }
}
