package org.goldseam.notes;

import java.util.Objects;

/** The text of one section of a note. */
public record NoteSectionText(Section section, String text) {
    public NoteSectionText {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
    }
}
