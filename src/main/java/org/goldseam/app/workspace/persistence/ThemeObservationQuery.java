package org.goldseam.app.workspace.persistence;

import static org.goldseam.db.Tables.TAXONOMY_ENTRY;
import static org.goldseam.db.Tables.THEME_OBSERVATION;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.goldseam.notes.ThemeObservationRow;
import org.goldseam.framework.model.Category;
import org.jooq.DSLContext;

/**
 * Reads a client's theme observations with their entry labels in one query. theme_observation
 * carries the client and the session date itself (ADR 0005), so no join with session_note is needed.
 */
public final class ThemeObservationQuery {
    private final DSLContext dsl;

    public ThemeObservationQuery(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    /** Every observation of the client, oldest session first. */
    public List<ThemeObservationRow> forClient(long clientId) {
        return dsl.select(THEME_OBSERVATION.NOTE_ID, THEME_OBSERVATION.SESSION_STARTS_AT, TAXONOMY_ENTRY.ID,
                        TAXONOMY_ENTRY.ENTRY_KEY, TAXONOMY_ENTRY.CATEGORY, TAXONOMY_ENTRY.LABEL,
                        THEME_OBSERVATION.INTENSITY, THEME_OBSERVATION.VERBATIM_QUOTE)
                .from(THEME_OBSERVATION)
                .join(TAXONOMY_ENTRY).on(TAXONOMY_ENTRY.ID.eq(THEME_OBSERVATION.ENTRY_ID))
                .where(THEME_OBSERVATION.CLIENT_ID.eq(clientId))
                .orderBy(THEME_OBSERVATION.SESSION_STARTS_AT, THEME_OBSERVATION.NOTE_ID, TAXONOMY_ENTRY.ID)
                .fetch(r -> new ThemeObservationRow(r.value1(), r.value2().withOffsetSameInstant(ZoneOffset.UTC),
                        r.value3(), r.value4(), Category.fromCode(r.value5()), r.value6(), r.value7(), r.value8()));
    }
}
