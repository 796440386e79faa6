package org.goldseam.notes;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The text of one section of a note. */
public record NoteSectionText(@Nullable Section section, String text) {
    public NoteSectionText {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
    }
}
