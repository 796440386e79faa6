package org.goldseam.summary;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The sections a clinician may include or leave out. The header, the note on what the summary
 * leaves out and the signature block are always present; psychotherapy notes never are.
 */
public enum SummarySection {
    ATTENDANCE("Attendance"),
    MEASURES("Outcome measures"),
    THEMES("Recurring themes"),
    SHAME("Shame over time"),
    FORMULATION("Formulation"),
    ATTACHMENT("Attachment"),
    GOALS("Treatment goals"),
    INNER_CRITIC("Inner-critic statements"),
    SESSIONS("Sessions"),
    RISK("Risk flags and reviews");

    private final String title;

    SummarySection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The name used on the command line, e.g. {@code inner-critic}. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SummarySection fromOptionName(String name) {
        for (SummarySection section : values()) {
            if (section.optionName().equalsIgnoreCase(name.strip())) {
                return section;
            }
        }
        throw new IllegalArgumentException(name);
    }

    public static Set<SummarySection> all() {
        return EnumSet.allOf(SummarySection.class);
    }
}
