package org.goldseam.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.clients.ClientDetails;
import org.goldseam.framework.measure.Instrument;
import org.goldseam.framework.model.AttachmentDraft;
import org.goldseam.framework.model.AttachmentStyle;
import org.goldseam.framework.model.EarlyExperience;
import org.goldseam.framework.model.FormulationDraft;
import org.goldseam.framework.model.GoalStatus;
import org.goldseam.framework.model.TreatmentGoal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OverviewPresenterTest {
    static DemoWorkspace demo;
    OverviewPresenter presenter;
    long clientId;

    @BeforeAll
    static void openDemo() throws Exception {
        demo = DemoWorkspace.shared();
    }

    @BeforeEach
    void newClient() {
        clientId = demo.services().clients().create("Dr Imaginary", new ClientDetails("Marisol Ngata", "Mari", "she/her",
                LocalDate.of(1990, 11, 22), null, null, null, null, null, null, null, LocalDate.of(2026, 10, 1)));
        presenter = new OverviewPresenter(demo.services(), BackgroundTasks.synchronous());
        presenter.showClient(clientId);
    }

    @Test
    void demoClientOverviewHoldsTheRecordAsStored() {
        OverviewPresenter demoPresenter = new OverviewPresenter(demo.services(), BackgroundTasks.synchronous());
        long demoClient = demo.firstClientId();
        demoPresenter.showClient(demoClient);
        Overview overview = demoPresenter.data();

        var framework = demo.services().framework();
        assertThat(overview.currentAttachment()).isEqualTo(framework.attachment().current(demoClient));
        assertThat(overview.formulation()).isEqualTo(framework.formulation().current(demoClient).orElseThrow());
        assertThat(overview.formulation().content().triggers()).allSatisfy(key ->
                assertThat(overview.label(key)).isEqualTo(framework.taxonomy().get(key).label()));
        assertThat(overview.goals()).extracting(Overview.GoalLine::goal).isEqualTo(framework.goals().goals(demoClient));
        assertThat(overview.criticStatements()).isEqualTo(framework.innerCritic().statements(demoClient));
        assertThat(overview.latestMeasures()).extracting(m -> m.administration().instrumentKey()).contains(Instrument.PHQ9);
        List<org.goldseam.framework.measure.Administration> phq = framework.measures().history(demoClient, Instrument.PHQ9);
        assertThat(overview.latestMeasures()).extracting(Overview.LatestMeasure::administration).contains(phq.get(phq.size() - 1));
        assertThat(overview.goals()).anySatisfy(g -> assertThat(g.latestRating()).isBetween(0, 10));
    }

    @Test
    void ageIsWholeYearsOnTheClinicianDate() {
        // born 22 Nov 1990, today 21 Nov 2026: still 35
        assertThat(presenter.data().age()).isEqualTo(35);
        assertThat(presenter.data().client().preferredName()).isEqualTo("Mari");
    }

    @Test
    void aNewAttachmentVersionKeepsTheEarlierOne() {
        presenter.recordAttachment(new AttachmentDraft(AttachmentStyle.FEARFUL, 6, 5, null, EarlyExperience.NONE,
                List.of(), "First impression at intake."));
        presenter.recordAttachment(new AttachmentDraft(AttachmentStyle.PREOCCUPIED, 6, 3, null,
                new EarlyExperience(false, false, false, true, true, false, false, false), List.of(), "Revised."));

        Overview overview = presenter.data();
        assertThat(overview.attachments()).hasSize(2);
        assertThat(overview.currentAttachment().orElseThrow().content().style()).isEqualTo(AttachmentStyle.PREOCCUPIED);
    }

    @Test
    void aFormulationRevisionShowsWithItsLabels() {
        var taxonomy = demo.services().framework().taxonomy();
        String trigger = taxonomy.list(org.goldseam.framework.model.Category.TRIGGER).get(0).key();
        String belief = taxonomy.list(org.goldseam.framework.model.Category.CORE_BELIEF).get(0).key();
        presenter.reviseFormulation(new FormulationDraft(List.of(trigger), List.of(belief), List.of(), List.of(), "Cycle."));

        Overview overview = presenter.data();
        assertThat(overview.formulationVersions()).isEqualTo(1);
        assertThat(overview.label(belief)).isEqualTo(taxonomy.get(belief).label());
    }

    @Test
    void aFormulationWithAnEntryOfTheWrongCategoryIsRefusedInPlainWords() {
        String defense = demo.services().framework().taxonomy().list(org.goldseam.framework.model.Category.DEFENSE)
                .get(0).key();
        presenter.reviseFormulation(new FormulationDraft(List.of(defense), List.of(), List.of(), List.of(), ""));

        assertThat(presenter.message()).contains("is a defense, not a trigger");
        assertThat(presenter.data().formulation()).isNull();
        assertThat(presenter.state()).isEqualTo(LoadState.READY);
    }

    @Test
    void goalsAreAddedClosedAndRevised() {
        presenter.addGoal(new OverviewPresenter.GoalDraft("Send work out at 'good enough' twice a week", LocalDate.of(2027, 2, 1)));
        presenter.addGoal(new OverviewPresenter.GoalDraft("Say no to one extra request a week", null));
        List<Overview.GoalLine> goals = presenter.data().goals();
        assertThat(goals).hasSize(2);
        long first = goals.get(0).goal().id();
        long second = goals.get(1).goal().id();

        presenter.changeGoalStatus(first, GoalStatus.MET);
        presenter.reviseGoal(second, new OverviewPresenter.GoalDraft("Say no to one request a week without apologising", null));

        List<TreatmentGoal> stored = demo.services().framework().goals().goals(clientId);
        assertThat(stored).extracting(TreatmentGoal::status)
                .containsExactly(GoalStatus.MET, GoalStatus.REVISED, GoalStatus.ACTIVE);
        assertThat(stored.get(0).closedOn()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(presenter.data().goals()).extracting(Overview.GoalLine::goal).isEqualTo(stored);
    }

    @Test
    void aRevisionWithoutWordsLeavesTheOldGoalActive() {
        presenter.addGoal(new OverviewPresenter.GoalDraft("Rest on Sundays", null));
        long goal = presenter.data().goals().get(0).goal().id();

        presenter.reviseGoal(goal, new OverviewPresenter.GoalDraft("  ", null));

        assertThat(presenter.message()).isEqualTo("The goal description cannot be empty.");
        assertThat(demo.services().framework().goals().get(goal).status()).isEqualTo(GoalStatus.ACTIVE);
    }

    @Test
    void aGoalOfAnotherClientIsRefused() {
        long otherGoal = demo.services().framework().goals().goals(demo.firstClientId()).get(0).id();
        presenter.changeGoalStatus(otherGoal, GoalStatus.DROPPED);
        assertThat(presenter.message()).isEqualTo("That goal belongs to another client.");
        assertThat(demo.services().framework().goals().get(otherGoal).status()).isNotEqualTo(GoalStatus.DROPPED);
    }

    @Test
    void aRiskReviewClearsTheOpenFlags() {
        var measures = new MeasuresPresenter(demo.services(), BackgroundTasks.synchronous());
        measures.showClient(clientId);
        MeasureForm form = measures.newForm(Instrument.PHQ9);
        form.answer(9, 2);
        measures.enter(form.toEntry());
        presenter.refresh();
        assertThat(presenter.data().openFlags()).hasSize(1);

        presenter.recordRiskReview(new OverviewPresenter.RiskReviewDraft("Dr Ana Ferreira", "Safety plan agreed."));

        assertThat(presenter.data().openFlags()).isEmpty();
        assertThat(presenter.lastReviewer()).isEqualTo("Dr Ana Ferreira");
        assertThat(demo.services().framework().risk().reviews(clientId)).hasSize(1);
    }

    @Test
    void aReviewWithoutOutcomeIsRefusedAndFlagsStay() {
        var measures = new MeasuresPresenter(demo.services(), BackgroundTasks.synchronous());
        measures.showClient(clientId);
        MeasureForm form = measures.newForm(Instrument.PHQ9);
        form.answer(9, 1);
        measures.enter(form.toEntry());
        presenter.refresh();

        presenter.recordRiskReview(new OverviewPresenter.RiskReviewDraft("Dr Ana Ferreira", ""));

        assertThat(presenter.message()).isEqualTo("The review outcome cannot be empty.");
        assertThat(presenter.data().openFlags()).hasSize(1);
    }
}
