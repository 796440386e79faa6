package org.goldseam.summary.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.goldseam.framework.model.AttachmentStyle;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.FormulationRole;
import org.goldseam.framework.model.GoalStatus;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.SessionType;
import org.goldseam.summary.SummaryDocument.MeasurePoint;

/**
 * The words and number formats of a summary. Dates are written "3 Mar 2026": unambiguous wherever
 * the reader lives, unlike 03/04/2026.
 */
final class SummaryText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    private SummaryText() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String shortMonth(LocalDate date) {
        return SHORT_MONTH.format(date);
    }

    static String period(LocalDate from, LocalDate to) {
        return date(from) + " \u2013 " + date(to);
    }

    /** Whole numbers without decimals, others with what they have (a mean-scored scale). */
    static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString();
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String score(MeasurePoint point) {
        return number(point.score()) + (point.band() == null ? "" : " (" + point.band() + ")");
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String sessionType(SessionType type) {
        return org.goldseam.notes.NoteWording.of(type);
    }

    static String attendance(Attendance attendance) {
        return org.goldseam.notes.NoteWording.of(attendance);
    }

    static String category(Category category) {
        return switch (category) {
            case TRIGGER -> "Trigger";
            case DEFENSE -> "Defense";
            case CORE_BELIEF -> "Core belief";
            case COST -> "Cost";
            case RELATIONAL_PATTERN -> "Relational pattern";
            case INTERVENTION -> "Intervention";
            case STRENGTH -> "Strength";
        };
    }

    static String role(FormulationRole role) {
        return switch (role) {
            case TRIGGER -> "TRIGGER";
            case CORE_BELIEF -> "CORE BELIEF";
            case DEFENSE -> "DEFENSE";
            case COST -> "COST";
        };
    }

    static String goalStatus(GoalStatus status) {
        return switch (status) {
            case ACTIVE -> "Open";
            case MET -> "Met";
            case REVISED -> "Revised";
            case DROPPED -> "Set aside";
        };
    }

    /** The style with the two working models it stands for (Bartholomew and Horowitz). */
    static String attachment(AttachmentStyle style) {
        return switch (style) {
            case NOT_ASSESSED -> "Not yet assessed";
            case SECURE -> "Secure: a positive view of self and of others";
            case PREOCCUPIED -> "Preoccupied: a negative view of self, a positive view of others";
            case DISMISSING -> "Dismissing: a positive view of self, a negative view of others";
            case FEARFUL -> "Fearful: a negative view of self and of others";
        };
    }
}
