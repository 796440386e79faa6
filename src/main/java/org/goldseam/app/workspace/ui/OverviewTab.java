package org.goldseam.app.workspace.ui;

import java.time.ZoneId;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.workspace.Overview;
import org.goldseam.app.workspace.OverviewPresenter;
import org.goldseam.app.workspace.PresenterProperty;
import org.goldseam.framework.model.GoalStatus;

/**
 * The Overview tab: the formulation, attachment and goals on the left, where the clinician looks
 * first; risk, latest measures, details, the inner critic and reflective answers on the right.
 */
public final class OverviewTab implements ClientTab, OverviewSections.Actions {
    private final OverviewPresenter presenter;
    private final ZoneId zone;
    private final TabFrame frame;
    /** Two columns that follow the viewport's width and scroll vertically. */
    private final JPanel content = new org.goldseam.app.ui.common.WidthTrackingPanel(
            new MigLayout("insets 8 20 20 20, fillx, gap 32 0", "[58%, fill][42%, fill]"));
    /** The client the columns show, so a refresh of the same client keeps the scroll position. */
    private long shownClientId = -1;
    private final FormulationDiagram diagram = new FormulationDiagram();
    private final JScrollPane scroll = new JScrollPane(content);

    public OverviewTab(VaultServices services, BackgroundTasks tasks) {
        this(new OverviewPresenter(services, tasks), services.clock().getZone());
    }

    OverviewTab(OverviewPresenter presenter, ZoneId zone) {
        this.presenter = presenter;
        this.zone = zone;
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        frame = new TabFrame("Overview", new JLabel(), scroll, "Choose a client to see their overview.");
        frame.bind(presenter);
        presenter.addListener(PresenterProperty.DATA, e -> rebuild());
    }

    @Override
    public String title() {
        return "Overview";
    }

    @Override
    public JComponent component() {
        return frame;
    }

    @Override
    public void showClient(long clientId) {
        presenter.showClient(clientId);
    }

    @Override
    public void refresh() {
        presenter.refresh();
    }

    @Override
    public void clear() {
        presenter.clear();
    }

    OverviewPresenter presenter() {
        return presenter;
    }

    private void rebuild() {
        Overview overview = presenter.data();
        int scrolled = scroll.getVerticalScrollBar().getValue();
        boolean sameClient = overview != null && shownClientId == overview.client().id();
        content.removeAll();
        if (overview != null) {
            shownClientId = overview.client().id();
            OverviewSections sections = new OverviewSections(overview, this, zone);
            if (!overview.openFlags().isEmpty()) {
                content.add(sections.risk(), "span, growx, gapbottom 12");
            }
            JPanel left = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow, fill]"));
            left.add(sections.formulation(diagram));
            left.add(sections.attachment());
            left.add(sections.goals());
            JPanel right = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow, fill]"));
            right.add(sections.measures());
            right.add(sections.details());
            right.add(sections.innerCritic());
            right.add(sections.reflections());
            content.add(left, "aligny top, wmin 0");
            content.add(right, "aligny top, wmin 0");
        } else {
            shownClientId = -1;
        }
        content.revalidate();
        content.repaint();
        // after a change to the same client, stay where the clinician was reading
        if (sameClient) {
            javax.swing.SwingUtilities.invokeLater(() -> scroll.getVerticalScrollBar().setValue(scrolled));
        } else {
            javax.swing.SwingUtilities.invokeLater(() -> scroll.getVerticalScrollBar().setValue(0));
        }
    }

    @Override
    public void recordAttachment() {
        Overview overview = presenter.data();
        if (overview != null) {
            OverviewDialogs.attachment(frame, overview).ifPresent(presenter::recordAttachment);
        }
    }

    @Override
    public void reviseFormulation() {
        Overview overview = presenter.data();
        if (overview != null) {
            OverviewDialogs.formulation(frame, overview).ifPresent(presenter::reviseFormulation);
        }
    }

    @Override
    public void addGoal() {
        Overview overview = presenter.data();
        if (overview != null) {
            OverviewDialogs.goal(frame, "Add goal", "Add goal", null, overview.today()).ifPresent(presenter::addGoal);
        }
    }

    @Override
    public void closeGoal(Overview.GoalLine goal, GoalStatus status) {
        String verb = status == GoalStatus.MET ? "Mark this goal as met" : "Drop this goal";
        int answer = JOptionPane.showConfirmDialog(frame, "<html>" + verb + "?<br><i>"
                        + TabFrame.escape(goal.goal().description()) + "</i><br>It stays in the record as closed today.</html>",
                verb, JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE);
        if (answer == JOptionPane.OK_OPTION) {
            presenter.changeGoalStatus(goal.goal().id(), status);
        }
    }

    @Override
    public void reviseGoal(Overview.GoalLine goal) {
        Overview overview = presenter.data();
        if (overview == null) {
            return; // the goal came from the overview shown, so this only happens while it reloads
        }
        OverviewDialogs.goal(frame, "Revise goal", "Save revised goal",
                        new OverviewPresenter.GoalDraft(goal.goal().description(), goal.goal().targetDate()), overview.today())
                .ifPresent(draft -> presenter.reviseGoal(goal.goal().id(), draft));
    }

    @Override
    public void reviewRisk() {
        Overview overview = presenter.data();
        if (overview != null && !overview.openFlags().isEmpty()) {
            OverviewDialogs.riskReview(frame, overview.openFlags(), presenter.lastReviewer(), zone)
                    .ifPresent(presenter::recordRiskReview);
        }
    }
}
