package org.goldseam.bench.persistence;

import static org.goldseam.db.Tables.CLIENT;
import static org.goldseam.db.Tables.NOTE_SECTION;
import static org.goldseam.db.Tables.SESSION_NOTE;
import static org.goldseam.db.Tables.TAXONOMY_ENTRY;
import static org.goldseam.db.Tables.THEME_OBSERVATION;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What the benchmarks read straight from a vault: the plain-text copy for grep, and a few facts. */
public final class BenchNotes {
    private static final int BATCH = 1_000;

    private final DSLContext dsl;

    public BenchNotes(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    public static BenchNotes of(org.goldseam.vault.Vault vault) {
        return new BenchNotes(vault.database().dsl());
    }

    /** When the latest session starts: the end of the demo caseload, whatever date it was built "as of". */
    public Optional<OffsetDateTime> latestSession() {
        return Optional.ofNullable(dsl.select(DSL.max(SESSION_NOTE.STARTS_AT)).from(SESSION_NOTE).fetchOne(0, OffsetDateTime.class));
    }

    /** The client with the most sessions since {@code from}: the fullest 12-month summary. */
    public Optional<Long> busiestClientSince(OffsetDateTime from) {
        return dsl.select(SESSION_NOTE.CLIENT_ID).from(SESSION_NOTE).where(SESSION_NOTE.STARTS_AT.ge(from))
                .groupBy(SESSION_NOTE.CLIENT_ID).orderBy(DSL.count().desc(), SESSION_NOTE.CLIENT_ID)
                .limit(1).fetchOptional(SESSION_NOTE.CLIENT_ID);
    }

    public int clientCount() {
        return dsl.fetchCount(CLIENT);
    }

    /**
     * Writes every note as a text file {@code client-ID/note-ID.txt} under {@code folder}: its
     * sections, then a line naming the themes tagged in it, as a clinician keeping notes in plain
     * files would. Psychotherapy notes (table {@code private_note}) are never read.
     *
     * @return how many files were written
     */
    public int writePlainText(Path folder) {
        List<Long> ids = dsl.select(SESSION_NOTE.ID).from(SESSION_NOTE).orderBy(SESSION_NOTE.ID).fetch(SESSION_NOTE.ID);
        int written = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            written += writeBatch(folder, ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        return written;
    }

    private int writeBatch(Path folder, List<Long> ids) {
        Map<Long, Long> clients = new LinkedHashMap<>();
        dsl.select(SESSION_NOTE.ID, SESSION_NOTE.CLIENT_ID).from(SESSION_NOTE).where(SESSION_NOTE.ID.in(ids))
                .orderBy(SESSION_NOTE.ID).forEach(r -> clients.put(r.value1(), r.value2()));
        Map<Long, StringBuilder> texts = new LinkedHashMap<>();
        dsl.select(NOTE_SECTION.NOTE_ID, NOTE_SECTION.SECTION, NOTE_SECTION.BODY).from(NOTE_SECTION)
                .where(NOTE_SECTION.NOTE_ID.in(ids)).orderBy(NOTE_SECTION.NOTE_ID, NOTE_SECTION.POSITION)
                .forEach(r -> texts.computeIfAbsent(r.value1(), k -> new StringBuilder())
                        .append(r.value2().toUpperCase(java.util.Locale.ROOT)).append('\n').append(r.value3()).append("\n\n"));
        Map<Long, List<String>> themes = new LinkedHashMap<>();
        dsl.select(THEME_OBSERVATION.NOTE_ID, TAXONOMY_ENTRY.ENTRY_KEY).from(THEME_OBSERVATION)
                .join(TAXONOMY_ENTRY).on(TAXONOMY_ENTRY.ID.eq(THEME_OBSERVATION.ENTRY_ID))
                .where(THEME_OBSERVATION.NOTE_ID.in(ids)).orderBy(THEME_OBSERVATION.NOTE_ID, TAXONOMY_ENTRY.ENTRY_KEY)
                .forEach(r -> themes.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        try {
            for (Map.Entry<Long, Long> note : clients.entrySet()) {
                Path dir = folder.resolve("client-" + note.getValue());
                Files.createDirectories(dir);
                try (Writer out = Files.newBufferedWriter(dir.resolve("note-" + note.getKey() + ".txt"), StandardCharsets.UTF_8)) {
                    out.write(texts.getOrDefault(note.getKey(), new StringBuilder()).toString());
                    out.write("Themes: " + String.join(", ", themes.getOrDefault(note.getKey(), List.of())) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return clients.size();
    }
}
