package org.goldseam.search.text;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The searchable text of one session note, gathered from the tables it lives in.
 *
 * @param texts every text of the note by where it comes from; {@link TextSource#PRIVATE} only holds
 *              the psychotherapy notes, which the index keeps in a field of its own
 */
public record NoteText(long noteId, long clientId, OffsetDateTime startsAt, Map<TextSource, List<String>> texts) {
    public NoteText {
        Objects.requireNonNull(startsAt, "startsAt");
        texts = Map.copyOf(texts);
    }

    public List<String> texts(TextSource source) {
        return texts.getOrDefault(source, List.of());
    }
}
