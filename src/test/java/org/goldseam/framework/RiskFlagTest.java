package org.goldseam.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.goldseam.framework.measure.Administration;
import org.goldseam.framework.measure.Instrument;
import org.goldseam.framework.model.RiskFlag;
import org.goldseam.framework.model.RiskFlagWithReview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskFlagTest {
    @TempDir
    Path folder;
    FrameworkFixture fixture;
    long client;
    long other;

    @BeforeEach
    void open() {
        fixture = new FrameworkFixture(folder);
        client = fixture.client("Saoirse Blakemore");
        other = fixture.client("Dev Anand-Price");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    static Map<Integer, Integer> phq9(int item9) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int i = 1; i <= 8; i++) {
            answers.put(i, 1);
        }
        answers.put(9, item9);
        return answers;
    }

    @Test
    void item9AboveZeroRaisesAFlagThatAReviewClears() {
        MeasureService measures = fixture.framework.measures();
        RiskService risk = fixture.framework.risk();
        OffsetDateTime first = OffsetDateTime.parse("2026-05-04T10:00:00Z");

        measures.administer(client, Instrument.PHQ9, null, first.minusWeeks(2), phq9(0));
        assertThat(risk.openFlags(client)).isEmpty();

        Administration flagged = measures.administer(client, Instrument.PHQ9, null, first, phq9(1));
        assertThat(risk.openFlags(client)).singleElement().satisfies(f -> {
            assertThat(f.administrationId()).isEqualTo(flagged.id());
            assertThat(f.reason()).isEqualTo(RiskFlag.PHQ9_ITEM9);
            assertThat(f.raisedAt()).isEqualTo(first);
        });
        assertThat(risk.openFlags(other)).isEmpty();

        risk.recordReview(client, first.plusHours(1), "Dr Invented", "Safety plan reviewed; no current intent.");
        assertThat(risk.openFlags(client)).isEmpty();

        // a later positive answer raises a new flag the earlier review does not clear
        OffsetDateTime later = first.plusWeeks(2);
        measures.administer(client, Instrument.PHQ9, null, later, phq9(2));
        assertThat(risk.openFlags(client)).singleElement().satisfies(f -> assertThat(f.raisedAt()).isEqualTo(later));
        assertThat(risk.reviews(client)).hasSize(1);
    }

    @Test
    void theHistoryHoldsEveryFlagOldestFirstEachWithTheReviewThatResolvedIt() {
        MeasureService measures = fixture.framework.measures();
        RiskService risk = fixture.framework.risk();
        OffsetDateTime first = OffsetDateTime.parse("2026-05-04T10:00:00Z");
        OffsetDateTime second = first.plusDays(3);
        OffsetDateTime third = first.plusWeeks(4);
        measures.administer(client, Instrument.PHQ9, null, first, phq9(1));
        measures.administer(client, Instrument.PHQ9, null, second, phq9(3));
        measures.administer(other, Instrument.PHQ9, null, second, phq9(2));
        // one review clears both earlier flags; the one after it stays open
        risk.recordReview(client, second.plusHours(2), "Dr Invented", "Plan-Wren-31: crisis line numbers given.");
        risk.recordReview(client, second.plusDays(1), "Dr Invented", "Routine review, nothing new.");
        measures.administer(client, Instrument.PHQ9, null, third, phq9(1));

        assertThat(risk.history(client)).extracting(f -> f.flag().raisedAt()).containsExactly(first, second, third);
        assertThat(risk.history(client)).extracting(RiskFlagWithReview::open).containsExactly(false, false, true);
        assertThat(risk.history(client).get(0).review().outcome()).isEqualTo("Plan-Wren-31: crisis line numbers given.");
        assertThat(risk.history(client).get(1).review().reviewedAt()).isEqualTo(second.plusHours(2));
        assertThat(risk.history(client).get(2).review()).isNull();
        assertThat(risk.history(other)).singleElement().satisfies(f -> assertThat(f.open()).isTrue());
        // the history and the open flags apply the same rule
        assertThat(risk.openFlags(client)).containsExactly(risk.history(client).get(2).flag());
    }

    @Test
    void incompleteFormWithPositiveItem9StillRaisesAFlag() {
        Map<Integer, Integer> answers = phq9(3);
        answers.remove(2);
        Administration stored = fixture.framework.measures().administer(client, Instrument.PHQ9, null,
                OffsetDateTime.parse("2026-05-04T10:00:00Z"), answers);
        assertThat(stored.score().complete()).isFalse();
        assertThat(fixture.framework.risk().openFlags(client)).hasSize(1);
    }

    @Test
    void gad7NeverRaisesAFlag() {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int i = 1; i <= 7; i++) {
            answers.put(i, 3);
        }
        fixture.framework.measures().administer(client, Instrument.GAD7, null, OffsetDateTime.parse("2026-05-04T10:00:00Z"), answers);
        assertThat(fixture.framework.risk().openFlags(client)).isEmpty();
    }
}
