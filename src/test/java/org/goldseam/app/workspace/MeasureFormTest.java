package org.goldseam.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.framework.measure.Band;
import org.goldseam.framework.measure.Instrument;
import org.goldseam.framework.measure.Item;
import org.goldseam.framework.measure.ResponseOption;
import org.junit.jupiter.api.Test;

/** The live score of the measure dialog, without a vault or a display. */
public class MeasureFormTest {
    public static Instrument phq9() {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            items.add(new Item(i, "item " + i, false));
        }
        return new Instrument(Instrument.PHQ9, "PHQ-9", true, 0, 3, "Over the last two weeks…", items,
                List.of(new ResponseOption(0, "Not at all"), new ResponseOption(1, "Several days"),
                        new ResponseOption(2, "More than half the days"), new ResponseOption(3, "Nearly every day")),
                List.of(), List.of(Band.of(0, 4, "minimal"), Band.of(5, 9, "mild"), Band.of(10, 14, "moderate"),
                        Band.of(15, 19, "moderately severe"), Band.of(20, 27, "severe")));
    }

    private final MeasureForm form = new MeasureForm(phq9(), LocalDate.of(2026, 11, 21));

    @Test
    void totalAndBandFollowEveryAnswer() {
        assertThat(form.summary()).startsWith("0 of 9 items answered");
        for (int item = 1; item <= 8; item++) {
            form.answer(item, 1);
        }
        assertThat(form.complete()).isFalse();
        assertThat(form.summary()).startsWith("8 of 9 items answered").contains("incomplete");

        form.answer(9, 0);
        assertThat(form.complete()).isTrue();
        assertThat(form.summary()).isEqualTo("Total 8 of 27 · mild");

        form.answer(1, 3);
        form.answer(2, 3);
        assertThat(form.summary()).isEqualTo("Total 12 of 27 · moderate");

        form.answer(2, null);
        assertThat(form.complete()).isFalse();
    }

    @Test
    void itemNineAboveZeroWarnsAndBackToZeroClearsIt() {
        List<Object> warnings = new ArrayList<>();
        form.addListener(MeasureForm.Property.RISK_WARNING, e -> warnings.add(e.getNewValue()));

        form.answer(9, 2);
        assertThat(form.riskWarning()).isTrue();
        form.answer(9, 1);
        form.answer(9, 0);

        assertThat(form.riskWarning()).isFalse();
        assertThat(warnings).containsExactly(true, false);
    }

    @Test
    void itemNineOfAnotherInstrumentIsNoRiskItem() {
        Instrument custom = new Instrument("nine_items", "Nine items", false, 0, 3, null, phq9().items(),
                phq9().responseOptions(), List.of(), List.of());
        MeasureForm other = new MeasureForm(custom, LocalDate.of(2026, 11, 21));
        other.answer(9, 3);
        assertThat(other.riskWarning()).isFalse();
    }

    @Test
    void answersOutsideTheScaleOrTheItemsAreRefused() {
        assertThatThrownBy(() -> form.answer(10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> form.answer(1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(form.answers()).isEmpty();
    }

    @Test
    void theEntryCarriesInstrumentDateAndAnswers() {
        form.answer(3, 2);
        form.setDate(LocalDate.of(2026, 11, 2));
        assertThat(form.toEntry()).isEqualTo(new MeasureForm.Entry(Instrument.PHQ9, LocalDate.of(2026, 11, 2),
                java.util.Map.of(3, 2)));
    }
}
