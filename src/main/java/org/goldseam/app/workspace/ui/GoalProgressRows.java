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
import org.goldseam.framework.model.TreatmentGoal;
import org.goldseam.notes.GoalProgress;
import org.goldseam.notes.NoteContent;

/** Progress on the client's treatment goals: per goal, whether it was rated this session and how (0–10). */
final class GoalProgressRows extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient Consumer<UnaryOperator<NoteContent>> edit;

    GoalProgressRows(Consumer<UnaryOperator<NoteContent>> edit) {
        super(new MigLayout("insets 0, gap 8 2, wrap 2", "[grow][]"));
        this.edit = edit;
    }

    /** Hidden when the client has no goals. */
    void show(List<TreatmentGoal> goals, NoteContent content, boolean editable) {
        removeAll();
        List<TreatmentGoal> shown = new ArrayList<>(goals);
        setVisible(!shown.isEmpty());
        for (TreatmentGoal goal : shown) {
            int current = content.goalProgress().stream().filter(p -> p.goalId() == goal.id())
                    .mapToInt(GoalProgress::rating).findFirst().orElse(-1);
            JCheckBox rated = new JCheckBox(goal.description(), current >= 0);
            rated.setName("goalRated:" + goal.id());
            JSpinner rating = new JSpinner(new SpinnerNumberModel(Math.max(current, 5), 0, 10, 1));
            rating.setName("goalRating:" + goal.id());
            rating.getAccessibleContext().setAccessibleName("Progress on " + goal.description());
            rating.setEnabled(editable && current >= 0);
            rated.setEnabled(editable);
            Runnable apply = () -> edit.accept(c -> {
                List<GoalProgress> progress = new ArrayList<>(c.goalProgress());
                progress.removeIf(p -> p.goalId() == goal.id());
                if (rated.isSelected()) {
                    progress.add(new GoalProgress(goal.id(), (Integer) rating.getValue(), null));
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
}
