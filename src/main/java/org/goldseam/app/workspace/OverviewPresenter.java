package org.goldseam.app.workspace;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.workspace.persistence.WorkspaceWrites;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.FrameworkException;
import org.goldseam.framework.measure.Administration;
import org.goldseam.framework.measure.Instrument;
import org.goldseam.framework.model.AttachmentDraft;
import org.goldseam.framework.model.FormulationDraft;
import org.goldseam.framework.model.FormulationVersion;
import org.goldseam.framework.model.GoalProgressPoint;
import org.goldseam.framework.model.GoalStatus;
import org.goldseam.framework.model.ReflectiveAnswer;
import org.goldseam.framework.model.ReflectiveQuestion;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.framework.model.TreatmentGoal;
import org.jspecify.annotations.Nullable;

/**
 * The Overview tab: the client at a glance, and the changes made from it (attachment versions,
 * formulation revisions, goals, risk reviews). Every change is stored, then the overview is read
 * again, so what is shown is always what the vault holds.
 */
public final class OverviewPresenter extends ClientPresenter<Overview> {
    /** A new goal as typed: a description and an optional target date. */
    public record GoalDraft(String description, @Nullable LocalDate targetDate) {
    }

    /** A risk review as typed: who reviewed and what they concluded. */
    public record RiskReviewDraft(String reviewer, String outcome) {
    }

    private @Nullable String lastReviewer;

    public OverviewPresenter(VaultServices services, BackgroundTasks tasks) {
        super(services, tasks);
    }

    @Override
    protected Overview read(long clientId) {
        ClinicalFramework framework = services.framework();
        var client = services.clients().findById(clientId)
                .orElseThrow(() -> new FrameworkException("This client is no longer in the vault."));
        ZoneId zone = services.clock().getZone();
        List<FormulationVersion> formulations = framework.formulation().history(clientId);
        Map<String, TaxonomyEntry> taxonomy = new LinkedHashMap<>();
        framework.taxonomy().all().forEach(e -> taxonomy.put(e.key(), e));

        List<Overview.GoalLine> goals = new ArrayList<>();
        for (TreatmentGoal goal : framework.goals().goals(clientId)) {
            List<GoalProgressPoint> progress = framework.goals().progress(goal.id());
            GoalProgressPoint last = progress.isEmpty() ? null : progress.get(progress.size() - 1);
            goals.add(new Overview.GoalLine(goal, last == null ? null : last.rating(),
                    last == null ? null : last.sessionStartsAt().atZoneSameInstant(zone).toLocalDate()));
        }
        Map<ReflectiveQuestion, List<ReflectiveAnswer>> answers = new EnumMap<>(ReflectiveQuestion.class);
        for (ReflectiveAnswer answer : framework.reflection().answers(clientId)) {
            answers.computeIfAbsent(answer.question(), q -> new ArrayList<>()).add(answer);
        }
        List<Overview.LatestMeasure> latest = new ArrayList<>();
        for (Instrument instrument : framework.measures().instruments()) {
            List<Administration> history = framework.measures().history(clientId, instrument.key());
            if (!history.isEmpty()) {
                Administration last = history.get(history.size() - 1);
                latest.add(new Overview.LatestMeasure(instrument.name(),
                        last.administeredAt().atZoneSameInstant(zone).toLocalDate(), last));
            }
        }
        return new Overview(client, LocalDate.now(services.clock()), framework.attachment().history(clientId),
                formulations.isEmpty() ? null : formulations.get(formulations.size() - 1), formulations.size(),
                taxonomy, goals, framework.innerCritic().statements(clientId), answers, latest,
                framework.risk().openFlags(clientId));
    }

    public void recordAttachment(AttachmentDraft draft) {
        Objects.requireNonNull(draft);
        change(clientId -> services.framework().attachment().recordVersion(clientId, draft));
    }

    public void reviseFormulation(FormulationDraft draft) {
        Objects.requireNonNull(draft);
        change(clientId -> services.framework().formulation().recordVersion(clientId, draft));
    }

    public void addGoal(GoalDraft draft) {
        Objects.requireNonNull(draft);
        change(clientId -> services.framework().goals().create(clientId, draft.description(), draft.targetDate()));
    }

    /** Closes a goal as met or dropped today, or reopens it with {@link GoalStatus#ACTIVE}. */
    public void changeGoalStatus(long goalId, GoalStatus status) {
        Objects.requireNonNull(status);
        if (status == GoalStatus.REVISED) {
            throw new IllegalArgumentException("a revised goal needs its new wording: use reviseGoal");
        }
        change(clientId -> services.framework().goals().changeStatus(ownGoal(clientId, goalId), status, null));
    }

    /** Closes the goal as revised and sets the reworded goal in its place, both or neither. */
    public void reviseGoal(long goalId, GoalDraft replacement) {
        Objects.requireNonNull(replacement);
        change(clientId -> WorkspaceWrites.reviseGoal(services.vault(), services.clock(), ownGoal(clientId, goalId),
                replacement.description(), replacement.targetDate()));
    }

    /** Records a risk review now; it clears every open flag of the client. */
    public void recordRiskReview(RiskReviewDraft draft) {
        Objects.requireNonNull(draft);
        lastReviewer = draft.reviewer();
        change(clientId -> services.riskReviews().record(services.actor().get(), clientId, draft.reviewer(), draft.outcome()));
    }

    /** The reviewer named in the last review from this presenter, to prefill the next one. */
    public @Nullable String lastReviewer() {
        return lastReviewer;
    }

    /** Goal ids come from the view; refuse one that belongs to another client. */
    private long ownGoal(long clientId, long goalId) {
        if (services.framework().goals().get(goalId).clientId() != clientId) {
            throw new FrameworkException("That goal belongs to another client.");
        }
        return goalId;
    }
}
