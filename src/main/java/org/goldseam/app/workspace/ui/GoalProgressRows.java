package org.goldseam.app.workspace.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.JCheckBox;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.workspace.NoteContents;
import org.goldseam.framework.model.GoalStatus;
import org.goldseam.framework.model.TreatmentGoal;
import org.goldseam.notes.GoalProgress;
import org.goldseam.notes.LabelsAtSigning;
import org.goldseam.notes.NoteContent;
import org.jspecify.annotations.Nullable;

/**
 * Progress on the client's treatment goals: per goal, whether it was rated this session and how
 * (0–10). A draft offers every active goal (and keeps any it already rates); a signed note shows
 * only the goals it rated, as it rated them, named as they were named at signing.
 */
final class GoalProgressRows extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient Consumer<UnaryOperator<NoteContent>> edit;

    GoalProgressRows(Consumer<UnaryOperator<NoteContent>> edit) {
        super(new MigLayout("insets 0, gap 8 2, wrap 2", "[grow][]"));
        this.edit = edit;
    }

    /**
     * Hidden when there is nothing to show.
     *
     * @param goals every goal of the client, whatever its status
     * @param atSigning null for a draft; for a signed note, the labels it was signed with
     */
    void show(List<TreatmentGoal> goals, NoteContent content, boolean editable, @Nullable LabelsAtSigning atSigning) {
        removeAll();
        List<Row> shown = rows(goals, content, atSigning);
        setVisible(!shown.isEmpty());
        for (Row row : shown) {
            long goalId = row.goalId();
            int current = content.goalProgress().stream().filter(p -> p.goalId() == goalId)
                    .mapToInt(GoalProgress::rating).findFirst().orElse(-1);
            JCheckBox rated = new JCheckBox(row.label(), current >= 0);
            rated.setName("goalRated:" + goalId);
            // the stored rating as it is (a 3 is a 3); an unrated goal offers the middle of the scale
            JSpinner rating = new JSpinner(new SpinnerNumberModel(current >= 0 ? current : 5, 0, 10, 1));
            rating.setName("goalRating:" + goalId);
            rating.getAccessibleContext().setAccessibleName("Progress on " + row.label());
            rating.setEnabled(editable && current >= 0);
            rated.setEnabled(editable);
            Runnable apply = () -> edit.accept(c -> {
                List<GoalProgress> progress = new ArrayList<>(c.goalProgress());
                progress.removeIf(p -> p.goalId() == goalId);
                if (rated.isSelected()) {
                    progress.add(new GoalProgress(goalId, (Integer) rating.getValue(), null));
                }
                return NoteContents.withGoalProgress(c, progress);
            });
            rated.addActionListener(e -> {
                rating.setEnabled(rated.isSelected());
                apply.run();
            });
            rating.addChangeListener(e -> apply.run());
            add(rated, "wmin 0");
            add(rating, "w 60!");
        }
    }

    private record Row(long goalId, String label) {
    }

    private static List<Row> rows(List<TreatmentGoal> goals, NoteContent content, @Nullable LabelsAtSigning atSigning) {
        List<Row> rows = new ArrayList<>();
        if (atSigning != null) {
            // signed: exactly the ratings stored, never a goal added or closed since
            for (GoalProgress progress : content.goalProgress()) {
                String now = goals.stream().filter(g -> g.id() == progress.goalId()).map(TreatmentGoal::description)
                        .findFirst().orElse(null);
                String label = atSigning.goalLabel(progress.goalId(), now);
                rows.add(new Row(progress.goalId(), label == null ? "Goal " + progress.goalId() : label));
            }
            return rows;
        }
        for (TreatmentGoal goal : goals) {
            boolean ratedHere = content.goalProgress().stream().anyMatch(p -> p.goalId() == goal.id());
            if (goal.status() == GoalStatus.ACTIVE || ratedHere) {
                rows.add(new Row(goal.id(), goal.description()));
            }
        }
        return rows;
    }
}
