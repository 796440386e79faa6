package org.goldseam.search.persistence;

import static org.goldseam.db.Tables.ADDENDUM;
import static org.goldseam.db.Tables.INNER_CRITIC_HEARING;
import static org.goldseam.db.Tables.INNER_CRITIC_STATEMENT;
import static org.goldseam.db.Tables.NOTE_SECTION;
import static org.goldseam.db.Tables.PRIVATE_NOTE;
import static org.goldseam.db.Tables.SESSION_NOTE;
import static org.goldseam.db.Tables.THEME_OBSERVATION;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.goldseam.search.text.NoteText;
import org.goldseam.search.text.TextSource;
import org.jooq.DSLContext;

/**
 * Reads the text of notes for the full-text index, a batch of notes at a time with one query per
 * table, so building the index over a large vault neither loads it whole nor asks note by note.
 */
public final class NoteTextRepository {
    private final DSLContext dsl;

    public NoteTextRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    /** Every note id, in id order. */
    public List<Long> noteIds() {
        return dsl.select(SESSION_NOTE.ID).from(SESSION_NOTE).orderBy(SESSION_NOTE.ID).fetch(SESSION_NOTE.ID);
    }

    /** The texts of the given notes that still exist, in id order. */
    public List<NoteText> load(Collection<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Head> heads = new LinkedHashMap<>();
        dsl.select(SESSION_NOTE.ID, SESSION_NOTE.CLIENT_ID, SESSION_NOTE.STARTS_AT).from(SESSION_NOTE)
                .where(SESSION_NOTE.ID.in(noteIds)).orderBy(SESSION_NOTE.ID)
                .forEach(r -> heads.put(r.value1(), new Head(r.value2(), r.value3())));
        Map<Long, Map<TextSource, List<String>>> texts = new LinkedHashMap<>();
        dsl.select(NOTE_SECTION.NOTE_ID, NOTE_SECTION.BODY).from(NOTE_SECTION)
                .where(NOTE_SECTION.NOTE_ID.in(heads.keySet())).orderBy(NOTE_SECTION.NOTE_ID, NOTE_SECTION.POSITION)
                .forEach(r -> add(texts, r.value1(), TextSource.NOTE, r.value2()));
        dsl.select(ADDENDUM.NOTE_ID, ADDENDUM.BODY).from(ADDENDUM)
                .where(ADDENDUM.NOTE_ID.in(heads.keySet())).orderBy(ADDENDUM.NOTE_ID, ADDENDUM.CREATED_AT, ADDENDUM.ID)
                .forEach(r -> add(texts, r.value1(), TextSource.ADDENDUM, r.value2()));
        dsl.select(THEME_OBSERVATION.NOTE_ID, THEME_OBSERVATION.VERBATIM_QUOTE).from(THEME_OBSERVATION)
                .where(THEME_OBSERVATION.NOTE_ID.in(heads.keySet())).and(THEME_OBSERVATION.VERBATIM_QUOTE.isNotNull())
                .orderBy(THEME_OBSERVATION.NOTE_ID, THEME_OBSERVATION.ENTRY_ID)
                .forEach(r -> add(texts, r.value1(), TextSource.QUOTE, r.value2()));
        dsl.select(INNER_CRITIC_HEARING.NOTE_ID, INNER_CRITIC_STATEMENT.STATEMENT_TEXT).from(INNER_CRITIC_HEARING)
                .join(INNER_CRITIC_STATEMENT).on(INNER_CRITIC_STATEMENT.ID.eq(INNER_CRITIC_HEARING.STATEMENT_ID))
                .where(INNER_CRITIC_HEARING.NOTE_ID.in(heads.keySet()))
                .orderBy(INNER_CRITIC_HEARING.NOTE_ID, INNER_CRITIC_STATEMENT.ID)
                .forEach(r -> add(texts, r.value1(), TextSource.INNER_CRITIC, r.value2()));
        // psychotherapy notes: read only into their own field, which searches skip unless asked
        dsl.select(PRIVATE_NOTE.NOTE_ID, PRIVATE_NOTE.BODY).from(PRIVATE_NOTE)
                .where(PRIVATE_NOTE.NOTE_ID.in(heads.keySet()))
                .forEach(r -> add(texts, r.value1(), TextSource.PRIVATE, r.value2()));
        List<NoteText> notes = new ArrayList<>(heads.size());
        heads.forEach((id, head) -> notes.add(new NoteText(id, head.clientId(), head.startsAt(),
                texts.getOrDefault(id, Map.of()))));
        return notes;
    }

    /** A note's client and start (both NOT NULL in session_note). */
    private record Head(long clientId, OffsetDateTime startsAt) {
    }

    private static void add(Map<Long, Map<TextSource, List<String>>> texts, long noteId, TextSource source, String text) {
        texts.computeIfAbsent(noteId, k -> new EnumMap<>(TextSource.class))
                .computeIfAbsent(source, k -> new ArrayList<>()).add(text);
    }
}
