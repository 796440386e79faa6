package org.goldseam.app.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates as the workspace writes them: "12 Nov 2026", the same in every tab. */
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "12 Nov" within {@code today}'s year, else "12 Nov 2025". */
    public static String shortDate(@Nullable LocalDate date, LocalDate today) {
        if (date == null) {
            return "";
        }
        return date.getYear() == today.getYear() ? SHORT.format(date) : DATE.format(date);
    }

    /** A snake_case or UPPER_CASE code as words: "core_belief" → "core belief". */
    public static String words(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "core belief" → "Core belief". */
    public static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
