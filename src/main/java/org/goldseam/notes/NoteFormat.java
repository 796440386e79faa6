package org.goldseam.notes;

import static org.goldseam.notes.Section.ASSESSMENT;
import static org.goldseam.notes.Section.BEHAVIOR;
import static org.goldseam.notes.Section.BODY;
import static org.goldseam.notes.Section.DATA;
import static org.goldseam.notes.Section.INTERVENTION;
import static org.goldseam.notes.Section.OBJECTIVE;
import static org.goldseam.notes.Section.PLAN;
import static org.goldseam.notes.Section.RESPONSE;
import static org.goldseam.notes.Section.SUBJECTIVE;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The structure of a note body, with its sections in the order they are written and shown. */
public enum NoteFormat {
    DAP(DATA, ASSESSMENT, PLAN),
    SOAP(SUBJECTIVE, OBJECTIVE, ASSESSMENT, PLAN),
    BIRP(BEHAVIOR, INTERVENTION, RESPONSE, PLAN),
    FREE(BODY);

    @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
    private final List<Section> sections;

    NoteFormat(Section... sections) {
        this.sections = List.of(sections);
    }

    public List<Section> sections() {
        return sections;
    }

    /** Position of {@code section} in this format (0-based), or -1 if the format has no such section. */
    public int positionOf(@Nullable Section section) {
        return sections.indexOf(section);
    }

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NoteFormat fromDb(String value) {
        for (NoteFormat candidate : values()) {
            if (candidate.dbValue().equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown NoteFormat value: " + value);
    }
}
