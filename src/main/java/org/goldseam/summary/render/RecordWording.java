package org.goldseam.summary.render;

import static org.goldseam.summary.render.RecordText.words;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How one export prints what the record stores as UTC instants and keys.
 *
 * @param zone the zone times are shown in (the record stores UTC)
 * @param instrumentName the printed name of a measure's instrument key ("phq9" to "PHQ-9")
 * @param entryLabel the label of a taxonomy key used by formulations and attachment notes, or null if unknown
 */
record RecordWording(ZoneId zone, Function<String, String> instrumentName, Function<String, String> entryLabel) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** "3 Mar 2026, 14:05" in the export's zone. */
    String dateTime(@Nullable String isoInstant) {
        if (isoInstant == null) {
            return "";
        }
        var local = Instant.parse(isoInstant).atZone(zone);
        return SummaryText.date(local.toLocalDate()) + ", " + TIME.format(local);
    }

    String zoneWords() {
        return zone.normalized().equals(ZoneOffset.UTC) ? "in UTC" : "local time (" + zone.getId() + ")";
    }

    /** A taxonomy key as its label; a key no longer in the taxonomy as words. */
    String label(String key) {
        String label = entryLabel.apply(key);
        return label != null ? label : words(key.substring(key.indexOf('.') + 1));
    }
}
