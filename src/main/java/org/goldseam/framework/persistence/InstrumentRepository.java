package org.goldseam.framework.persistence;

import static org.goldseam.db.Tables.MEASURE_BAND;
import static org.goldseam.db.Tables.MEASURE_INSTRUCTION;
import static org.goldseam.db.Tables.MEASURE_INSTRUMENT;
import static org.goldseam.db.Tables.MEASURE_ITEM;
import static org.goldseam.db.Tables.MEASURE_RESPONSE_OPTION;
import static org.goldseam.db.Tables.MEASURE_SUBSCALE;
import static org.goldseam.db.Tables.MEASURE_SUBSCALE_ITEM;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.goldseam.db.tables.records.MeasureInstrumentRecord;
import org.goldseam.framework.measure.Aggregation;
import org.goldseam.framework.measure.Band;
import org.goldseam.framework.measure.Instrument;
import org.goldseam.framework.measure.Item;
import org.goldseam.framework.measure.ResponseOption;
import org.goldseam.framework.measure.Subscale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** Instrument definitions spread over measure_instrument and the V2 tables that extend it. */
public final class InstrumentRepository {
    private final DSLContext dsl;

    public InstrumentRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    public boolean exists(String key) {
        return dsl.fetchExists(MEASURE_INSTRUMENT, MEASURE_INSTRUMENT.INSTRUMENT_KEY.eq(key));
    }

    public Optional<Instrument> byKey(String key) {
        return dsl.selectFrom(MEASURE_INSTRUMENT).where(MEASURE_INSTRUMENT.INSTRUMENT_KEY.eq(key))
                .fetchOptional(this::load);
    }

    public long idOf(String key) {
        return dsl.select(MEASURE_INSTRUMENT.ID).from(MEASURE_INSTRUMENT)
                .where(MEASURE_INSTRUMENT.INSTRUMENT_KEY.eq(key)).fetchSingle(MEASURE_INSTRUMENT.ID);
    }

    /** Active instruments, built-in first. */
    public List<Instrument> active() {
        return dsl.selectFrom(MEASURE_INSTRUMENT).where(MEASURE_INSTRUMENT.ACTIVE.isTrue())
                .orderBy(MEASURE_INSTRUMENT.BUILTIN.desc(), MEASURE_INSTRUMENT.NAME)
                .fetch(this::load);
    }

    private Instrument load(MeasureInstrumentRecord r) {
        long id = r.getId();
        String instructions = dsl.select(MEASURE_INSTRUCTION.INSTRUCTION_TEXT).from(MEASURE_INSTRUCTION)
                .where(MEASURE_INSTRUCTION.INSTRUMENT_ID.eq(id)).fetchOne(MEASURE_INSTRUCTION.INSTRUCTION_TEXT);
        List<Item> items = dsl.selectFrom(MEASURE_ITEM).where(MEASURE_ITEM.INSTRUMENT_ID.eq(id))
                .orderBy(MEASURE_ITEM.ITEM_NUMBER)
                .fetch(i -> new Item(i.getItemNumber(), i.getItemText(), i.getReverseScored()));
        List<ResponseOption> options = dsl.selectFrom(MEASURE_RESPONSE_OPTION)
                .where(MEASURE_RESPONSE_OPTION.INSTRUMENT_ID.eq(id))
                .orderBy(MEASURE_RESPONSE_OPTION.SCORE)
                .fetch(o -> new ResponseOption(o.getScore(), o.getLabel()));
        List<Subscale> subscales = dsl.selectFrom(MEASURE_SUBSCALE).where(MEASURE_SUBSCALE.INSTRUMENT_ID.eq(id))
                .orderBy(MEASURE_SUBSCALE.ID)
                .fetch(s -> new Subscale(s.getSubscaleKey(), s.getName(), Aggregation.fromCode(s.getAggregation()),
                        dsl.select(MEASURE_SUBSCALE_ITEM.ITEM_NUMBER).from(MEASURE_SUBSCALE_ITEM)
                                .where(MEASURE_SUBSCALE_ITEM.SUBSCALE_ID.eq(s.getId()))
                                .orderBy(MEASURE_SUBSCALE_ITEM.ITEM_NUMBER)
                                .fetch(MEASURE_SUBSCALE_ITEM.ITEM_NUMBER),
                        bands(MEASURE_BAND.SUBSCALE_ID.eq(s.getId()))));
        List<Band> totalBands = bands(MEASURE_BAND.INSTRUMENT_ID.eq(id).and(MEASURE_BAND.SUBSCALE_ID.isNull()));
        return new Instrument(r.getInstrumentKey(), r.getName(), r.getBuiltin(), r.getMinItemScore(), r.getMaxItemScore(),
                instructions, items, options, subscales, totalBands);
    }

    private List<Band> bands(Condition condition) {
        return dsl.selectFrom(MEASURE_BAND).where(condition).orderBy(MEASURE_BAND.MIN_SCORE)
                .fetch(b -> new Band(b.getMinScore(), b.getMaxScore(), b.getLabel()));
    }

    /** Stores a clinician-defined instrument with everything it defines, in one transaction. */
    public void insertCustom(Instrument instrument, OffsetDateTime createdAt) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            long id = tx.insertInto(MEASURE_INSTRUMENT)
                    .set(MEASURE_INSTRUMENT.INSTRUMENT_KEY, instrument.key())
                    .set(MEASURE_INSTRUMENT.NAME, instrument.name())
                    .set(MEASURE_INSTRUMENT.BUILTIN, false)
                    .set(MEASURE_INSTRUMENT.ITEM_COUNT, instrument.itemCount())
                    .set(MEASURE_INSTRUMENT.MIN_ITEM_SCORE, instrument.minItemScore())
                    .set(MEASURE_INSTRUMENT.MAX_ITEM_SCORE, instrument.maxItemScore())
                    .set(MEASURE_INSTRUMENT.ACTIVE, true)
                    .set(MEASURE_INSTRUMENT.CREATED_AT, createdAt)
                    .returning(MEASURE_INSTRUMENT.ID)
                    .fetchOne(MEASURE_INSTRUMENT.ID);
            if (instrument.instructions() != null && !instrument.instructions().isBlank()) {
                tx.insertInto(MEASURE_INSTRUCTION)
                        .set(MEASURE_INSTRUCTION.INSTRUMENT_ID, id)
                        .set(MEASURE_INSTRUCTION.INSTRUCTION_TEXT, instrument.instructions())
                        .execute();
            }
            for (Item item : instrument.items()) {
                tx.insertInto(MEASURE_ITEM)
                        .set(MEASURE_ITEM.INSTRUMENT_ID, id)
                        .set(MEASURE_ITEM.ITEM_NUMBER, item.number())
                        .set(MEASURE_ITEM.ITEM_TEXT, item.text())
                        .set(MEASURE_ITEM.REVERSE_SCORED, item.reverse())
                        .execute();
            }
            for (ResponseOption option : instrument.responseOptions()) {
                tx.insertInto(MEASURE_RESPONSE_OPTION)
                        .set(MEASURE_RESPONSE_OPTION.INSTRUMENT_ID, id)
                        .set(MEASURE_RESPONSE_OPTION.SCORE, option.score())
                        .set(MEASURE_RESPONSE_OPTION.LABEL, option.label())
                        .execute();
            }
            insertBands(tx, id, null, instrument.bands());
            for (Subscale subscale : instrument.subscales()) {
                long subscaleId = tx.insertInto(MEASURE_SUBSCALE)
                        .set(MEASURE_SUBSCALE.INSTRUMENT_ID, id)
                        .set(MEASURE_SUBSCALE.SUBSCALE_KEY, subscale.key())
                        .set(MEASURE_SUBSCALE.NAME, subscale.name())
                        .set(MEASURE_SUBSCALE.AGGREGATION, subscale.aggregation().code())
                        .returning(MEASURE_SUBSCALE.ID)
                        .fetchOne(MEASURE_SUBSCALE.ID);
                for (int number : subscale.items()) {
                    tx.insertInto(MEASURE_SUBSCALE_ITEM)
                            .set(MEASURE_SUBSCALE_ITEM.SUBSCALE_ID, subscaleId)
                            .set(MEASURE_SUBSCALE_ITEM.ITEM_NUMBER, number)
                            .execute();
                }
                insertBands(tx, id, subscaleId, subscale.bands());
            }
        });
    }

    private static void insertBands(DSLContext tx, long instrumentId, @Nullable Long subscaleId, List<Band> bands) {
        for (Band band : bands) {
            tx.insertInto(MEASURE_BAND)
                    .set(MEASURE_BAND.INSTRUMENT_ID, instrumentId)
                    .set(MEASURE_BAND.SUBSCALE_ID, subscaleId)
                    .set(MEASURE_BAND.MIN_SCORE, band.min())
                    .set(MEASURE_BAND.MAX_SCORE, band.max())
                    .set(MEASURE_BAND.LABEL, band.label())
                    .execute();
        }
    }
}
