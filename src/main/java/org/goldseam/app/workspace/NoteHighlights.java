package org.goldseam.app.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteSectionText;
import org.goldseam.notes.Section;
import org.goldseam.search.MatchedWords;
import org.goldseam.search.text.Highlight;
import org.jspecify.annotations.Nullable;

/**
 * Where a search's words occur in a note's sections, for the editor to mark as a reading aid: ranges
 * of each section's text (offsets into {@link NoteSectionText#text()}), never part of the note.
 *
 * @param sections the sections with at least one match, in the note's order
 */
public record NoteHighlights(Map<Section, List<Highlight>> sections) {
    public static final NoteHighlights NONE = new NoteHighlights(Map.of());

    public NoteHighlights {
        // copied into an ordered map: the view scrolls to the first match in reading order
        Map<Section, List<Highlight>> copy = new LinkedHashMap<>();
        sections.forEach((section, ranges) -> {
            if (!ranges.isEmpty()) {
                copy.put(section, List.copyOf(ranges));
            }
        });
        sections = java.util.Collections.unmodifiableMap(copy);
    }

    /** The matches of {@code words} in each section of {@code content}. Analysis only: run it off the event thread. */
    public static NoteHighlights find(MatchedWords words, NoteContent content) {
        if (words.isEmpty() || content == null) {
            return NONE;
        }
        Map<Section, List<Highlight>> found = new LinkedHashMap<>();
        for (NoteSectionText section : content.sections()) {
            found.put(section.section(), words.in(section.text()));
        }
        return new NoteHighlights(found);
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }

    public List<Highlight> in(Section section) {
        return sections.getOrDefault(section, List.of());
    }

    /** The section holding the first match in reading order, or null when there is none. */
    public @Nullable Section first() {
        return sections.isEmpty() ? null : sections.keySet().iterator().next();
    }
}
