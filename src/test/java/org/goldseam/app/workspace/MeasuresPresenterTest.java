package org.goldseam.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.clients.ClientDetails;
import org.goldseam.framework.measure.Administration;
import org.goldseam.framework.measure.Instrument;
import org.goldseam.framework.model.RiskFlag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeasuresPresenterTest {
    static DemoWorkspace demo;
    MeasuresPresenter presenter;
    long clientId;

    @BeforeAll
    static void openDemo() throws Exception {
        demo = DemoWorkspace.shared();
    }

    @BeforeEach
    void newClient() {
        clientId = demo.services().clients().create("Dr Imaginary", ClientDetails.of("Tamsin Oyelaran-Berg", LocalDate.of(2026, 9, 1)));
        presenter = new MeasuresPresenter(demo.services(), BackgroundTasks.synchronous());
        presenter.showClient(clientId);
    }

    @Test
    void demoClientShowsEveryInstrumentWithItsHistory() {
        MeasuresPresenter demoPresenter = new MeasuresPresenter(demo.services(), BackgroundTasks.synchronous());
        long demoClient = demo.firstClientId();
        demoPresenter.showClient(demoClient);

        MeasuresPresenter.Measures measures = demoPresenter.data();
        assertThat(measures.instruments()).extracting(h -> h.instrument().key()).contains(Instrument.PHQ9, Instrument.GAD7);
        assertThat(measures.of(Instrument.PHQ9).orElseThrow().administrations())
                .isEqualTo(demo.services().framework().measures().history(demoClient, Instrument.PHQ9))
                .isNotEmpty();
        assertThat(demoPresenter.selectedHistory().orElseThrow().administrations()).isNotEmpty();
    }

    @Test
    void aClientWithoutMeasuresStillOffersEveryInstrument() {
        assertThat(presenter.state()).isEqualTo(LoadState.READY);
        assertThat(presenter.selected()).isEqualTo(Instrument.PHQ9);
        assertThat(presenter.data().instruments()).allSatisfy(h -> assertThat(h.administrations()).isEmpty());
    }

    @Test
    void enteringAFormStoresItScoredAndShowsIt() {
        MeasureForm form = presenter.newForm(Instrument.GAD7);
        for (int item = 1; item <= 7; item++) {
            form.answer(item, 2);
        }
        List<Object> selections = new ArrayList<>();
        presenter.addListener(PresenterProperty.OPTIONS, e -> selections.add(e.getNewValue()));

        presenter.enter(form.toEntry());

        List<Administration> stored = presenter.data().of(Instrument.GAD7).orElseThrow().administrations();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).score().total()).isEqualByComparingTo(BigDecimal.valueOf(14));
        assertThat(stored.get(0).score().band()).isEqualTo("moderate");
        assertThat(stored.get(0).administeredAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(presenter.selected()).isEqualTo(Instrument.GAD7);
        assertThat(selections).containsExactly(Instrument.GAD7);
    }

    @Test
    void anIncompleteFormIsKeptWithoutTotal() {
        MeasureForm form = presenter.newForm(Instrument.PHQ9);
        form.answer(1, 1);
        form.answer(2, 3);
        form.setDate(LocalDate.of(2026, 11, 3));

        presenter.enter(form.toEntry());

        Administration stored = presenter.data().of(Instrument.PHQ9).orElseThrow().administrations().get(0);
        assertThat(stored.score().complete()).isFalse();
        assertThat(stored.score().total()).isNull();
        assertThat(stored.answers()).containsOnlyKeys(1, 2);
        assertThat(stored.administeredAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    void phq9ItemNineRaisesAFlagShownOnTheTab() {
        MeasureForm form = presenter.newForm(Instrument.PHQ9);
        for (int item = 1; item <= 9; item++) {
            form.answer(item, item == 9 ? 1 : 0);
        }

        presenter.enter(form.toEntry());

        assertThat(presenter.data().openFlags()).extracting(RiskFlag::reason).containsExactly(RiskFlag.PHQ9_ITEM9);
    }

    @Test
    void aFutureDateIsRefusedInPlainWordsAndNothingIsStored() {
        MeasureForm form = presenter.newForm(Instrument.GAD7);
        form.setDate(LocalDate.of(2026, 12, 1));

        presenter.enter(form.toEntry());

        assertThat(presenter.message()).contains("future");
        assertThat(demo.services().framework().measures().history(clientId, Instrument.GAD7)).isEmpty();
    }

    @Test
    void changesAreAnnouncedForOtherViews() {
        List<Long> changed = new ArrayList<>();
        presenter.onClientChanged(changed::add);
        MeasureForm form = presenter.newForm(Instrument.GAD7);
        form.answer(1, 0);

        presenter.enter(form.toEntry());

        assertThat(changed).containsExactly(clientId);
    }
}
