package org.goldseam.summary.render;

import java.time.LocalDate;
import java.util.List;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.NoteWording;
import org.goldseam.notes.ShameKind;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/** How the client record prints stored values: free text as paragraphs, facts as table rows, keys and dates as words. */
final class RecordText {
    private RecordText() {
    }

    /**
     * Free text as the clinician wrote it: paragraphs at blank lines, single line breaks kept by the
     * stylesheet ({@code white-space: pre-wrap}). Separate paragraphs let a 100,000-character note
     * break across pages between them as well as within them.
     */
    static void text(Element parent, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            String trimmed = paragraph.stripTrailing();
            while (trimmed.startsWith("\n")) {
                trimmed = trimmed.substring(1);
            }
            if (!trimmed.isBlank()) {
                Dom.put(parent, "p", trimmed, "class", "text");
            }
        }
    }

    static void fact(Element body, String label, String value) {
        Element row = Dom.el(body, "tr");
        Dom.put(row, "th", label, "scope", "row");
        Dom.put(row, "td", value);
    }

    static void factIfAny(Element body, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            fact(body, label, value);
        }
    }

    static void addIfAny(List<String> parts, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parts.add(value);
        }
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    static @Nullable String date(@Nullable String isoDate) {
        return isoDate == null ? null : SummaryText.date(LocalDate.parse(isoDate));
    }

    static String number(String decimal) {
        return SummaryText.number(new java.math.BigDecimal(decimal));
    }

    static String format(String dbValue) {
        return NoteWording.of(NoteFormat.fromDb(dbValue));
    }

    static String sectionName(String dbValue) {
        return capitalise(dbValue);
    }

    static String shame(String dbValue) {
        return ShameKind.fromDb(dbValue) == ShameKind.CORE ? "core shame" : "adaptive shame";
    }

    static String capitalise(String value) {
        if (blank(value)) {
            return value;
        }
        return Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }

    /** A stored key ("misattuned_caregiver") as words ("Misattuned caregiver"). */
    static String words(String key) {
        return capitalise(key.replace('_', ' '));
    }
}
