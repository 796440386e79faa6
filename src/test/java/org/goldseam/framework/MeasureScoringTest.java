package org.goldseam.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldseam.framework.measure.Administration;
import org.goldseam.framework.measure.Aggregation;
import org.goldseam.framework.measure.Band;
import org.goldseam.framework.measure.Instrument;
import org.goldseam.framework.measure.Item;
import org.goldseam.framework.measure.ResponseOption;
import org.goldseam.framework.measure.Subscale;
import org.goldseam.framework.measure.SubscaleScore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PHQ-9, GAD-7 and a custom instrument, scored and stored through MeasureService on a real vault. */
class MeasureScoringTest {
    static final OffsetDateTime WHEN = OffsetDateTime.parse("2026-04-01T10:00:00Z");

    @TempDir
    Path folder;
    FrameworkFixture fixture;
    MeasureService measures;
    long client;

    @BeforeEach
    void open() {
        fixture = new FrameworkFixture(folder);
        measures = fixture.framework.measures();
        client = fixture.client("Tomas Reyes-Hallam");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Answers adding up to {@code total}, filled 3 at a time from item 1, so item 9 stays 0 unless the total needs it. */
    static Map<Integer, Integer> answersTotalling(int items, int total) {
        Map<Integer, Integer> answers = new HashMap<>();
        int left = total;
        for (int i = 1; i <= items; i++) {
            int value = Math.min(3, left);
            answers.put(i, value);
            left -= value;
        }
        assertThat(left).as("total fits the form").isZero();
        return answers;
    }

    @ParameterizedTest
    @CsvSource({"0,minimal", "4,minimal", "5,mild", "9,mild", "10,moderate", "14,moderate",
            "15,moderately severe", "19,moderately severe", "20,severe", "27,severe"})
    void phq9BandsAtEveryBoundary(int total, String band) {
        Administration stored = measures.administer(client, Instrument.PHQ9, null, WHEN, answersTotalling(9, total));
        assertThat(stored.score().complete()).isTrue();
        assertThat(stored.score().total()).isEqualByComparingTo(BigDecimal.valueOf(total));
        assertThat(stored.score().band()).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource({"0,minimal", "4,minimal", "5,mild", "9,mild", "10,moderate", "14,moderate", "15,severe", "21,severe"})
    void gad7BandsAtEveryBoundary(int total, String band) {
        Administration stored = measures.administer(client, Instrument.GAD7, null, WHEN, answersTotalling(7, total));
        assertThat(stored.score().total()).isEqualByComparingTo(BigDecimal.valueOf(total));
        assertThat(stored.score().band()).isEqualTo(band);
    }

    @Test
    void missingItemsMakeAnIncompleteFormWithoutTotalOrBand() {
        Map<Integer, Integer> phq = answersTotalling(9, 12);
        phq.remove(4);
        Administration stored = measures.administer(client, Instrument.PHQ9, null, WHEN, phq);
        assertThat(stored.score().complete()).isFalse();
        assertThat(stored.score().total()).isNull();
        assertThat(stored.score().band()).isNull();
        assertThat(stored.answers()).hasSize(8).doesNotContainKey(4);

        Map<Integer, Integer> gad = answersTotalling(7, 15);
        gad.put(7, null);
        Administration gadStored = measures.administer(client, Instrument.GAD7, null, WHEN, gad);
        assertThat(gadStored.score().complete()).isFalse();
        assertThat(gadStored.score().band()).isNull();
        assertThat(measures.history(client, Instrument.GAD7)).singleElement()
                .satisfies(a -> assertThat(a.score().complete()).isFalse());
    }

    @Test
    void builtInInstrumentsShipThePublishedItemTextsAndScale() {
        Instrument phq9 = measures.instrument(Instrument.PHQ9);
        assertThat(phq9.items()).extracting(Item::text).containsExactly(
                "Little interest or pleasure in doing things",
                "Feeling down, depressed, or hopeless",
                "Trouble falling or staying asleep, or sleeping too much",
                "Feeling tired or having little energy",
                "Poor appetite or overeating",
                "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
                "Trouble concentrating on things, such as reading the newspaper or watching television",
                "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so "
                        + "fidgety or restless that you have been moving around a lot more than usual",
                "Thoughts that you would be better off dead or of hurting yourself in some way");
        Instrument gad7 = measures.instrument(Instrument.GAD7);
        assertThat(gad7.items()).extracting(Item::text).containsExactly(
                "Feeling nervous, anxious, or on edge",
                "Not being able to stop or control worrying",
                "Worrying too much about different things",
                "Trouble relaxing",
                "Being so restless that it is hard to sit still",
                "Becoming easily annoyed or irritable",
                "Feeling afraid as if something awful might happen");
        for (Instrument instrument : List.of(phq9, gad7)) {
            assertThat(instrument.builtin()).isTrue();
            assertThat(instrument.instructions()).startsWith("Over the last 2 weeks");
            assertThat(instrument.responseOptions()).containsExactly(new ResponseOption(0, "Not at all"),
                    new ResponseOption(1, "Several days"), new ResponseOption(2, "More than half the days"),
                    new ResponseOption(3, "Nearly every day"));
            assertThat(instrument.items()).noneMatch(Item::reverse);
        }
    }

    @Test
    void customInstrumentWithReverseItemsAndSumAndMeanSubscales() {
        // An invented 6-item, 1-5 scale; items 2 and 5 are reverse-scored (1<->5, 2<->4).
        Instrument definition = new Instrument("striving_check", "Striving check (invented)", false, 1, 5,
                "Rate how true each statement is for you.",
                List.of(new Item(1, "Invented item one", false), new Item(2, "Invented item two", true),
                        new Item(3, "Invented item three", false), new Item(4, "Invented item four", false),
                        new Item(5, "Invented item five", true), new Item(6, "Invented item six", false)),
                List.of(new ResponseOption(1, "Not true"), new ResponseOption(5, "Very true")),
                List.of(new Subscale("pressure", "Pressure", Aggregation.SUM, List.of(1, 2, 3),
                                List.of(Band.of(3, 8, "low"), Band.of(9, 15, "high"))),
                        new Subscale("doubt", "Doubt", Aggregation.MEAN, List.of(4, 5, 6),
                                List.of(Band.of("1", "2.99", "low"), Band.of("3", "5", "high")))),
                List.of(Band.of(6, 17, "typical"), Band.of(18, 30, "elevated")));
        measures.defineCustom(definition, WHEN);
        assertThat(measures.instruments()).extracting(Instrument::key).contains("phq9", "gad7", "striving_check");
        assertThat(measures.instrument("striving_check")).isEqualTo(definition);

        // raw 4,1,5 | 2,4,3 -> scored 4,5,5 | 2,2,3 -> pressure 14 (high), doubt 7/3 = 2.33 (low), total 21
        Administration stored = measures.administer(client, "striving_check", null, WHEN,
                Map.of(1, 4, 2, 1, 3, 5, 4, 2, 5, 4, 6, 3));
        assertThat(stored.score().total()).isEqualByComparingTo("21");
        assertThat(stored.score().band()).isEqualTo("elevated");
        assertThat(stored.score().subscales()).containsExactly(
                new SubscaleScore("pressure", new BigDecimal("14.00"), "high"),
                new SubscaleScore("doubt", new BigDecimal("2.33"), "low"));
        assertThat(stored.answers()).as("raw answers are stored, not reversed ones").containsEntry(2, 1).containsEntry(5, 4);
    }
}
