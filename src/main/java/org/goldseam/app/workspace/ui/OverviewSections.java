package org.goldseam.app.workspace.ui;

import java.awt.Font;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JProgressBar;
import javax.swing.border.CompoundBorder;
import javax.swing.border.EmptyBorder;
import javax.swing.border.MatteBorder;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.ui.common.CategoryColors;
import org.goldseam.app.workspace.Formats;
import org.goldseam.app.workspace.MeasureForm;
import org.goldseam.app.workspace.Overview;
import org.goldseam.clients.Client;
import org.goldseam.clients.ClientStatus;
import org.goldseam.framework.model.AttachmentDraft;
import org.goldseam.framework.model.AttachmentVersion;
import org.goldseam.framework.model.FormulationRole;
import org.goldseam.framework.model.GoalStatus;
import org.goldseam.framework.model.InnerCriticStatement;
import org.goldseam.framework.model.ReflectiveAnswer;
import org.goldseam.framework.model.ReflectiveQuestion;
import org.jspecify.annotations.Nullable;

/** Builds the Overview's sections from an {@link Overview}; only what is filled in is shown. */
final class OverviewSections {
    /** What the sections' buttons ask the tab to do. */
    interface Actions {
        void recordAttachment();

        void reviseFormulation();

        void addGoal();

        void closeGoal(Overview.GoalLine goal, GoalStatus status);

        void reviseGoal(Overview.GoalLine goal);

        void reviewRisk();
    }

    private final Overview overview;
    private final Actions actions;
    private final ZoneId zone;

    OverviewSections(Overview overview, Actions actions, ZoneId zone) {
        this.overview = overview;
        this.actions = actions;
        this.zone = zone;
    }

    static JPanel section(String title) {
        JPanel panel = new JPanel(new MigLayout("insets 0 0 14 0, wrap 1, gap 4, fillx", "[grow, fill]"));
        panel.add(Views.title(title), "gapbottom 2");
        return panel;
    }

    JComponent risk() {
        JPanel panel = new JPanel(new MigLayout("insets 8 12 8 8, fillx", "[grow][]"));
        panel.setBackground(CategoryColors.soft(Views.riskColor(), 0.1f));
        panel.setBorder(new MatteBorder(0, 4, 0, 0, Views.riskColor()));
        List<String> dates = overview.openFlags().stream()
                .map(f -> Formats.date(f.raisedAt().atZoneSameInstant(zone).toLocalDate())).toList();
        JLabel text = new JLabel("<html><b>Risk review due.</b> PHQ-9 item 9 was answered above \u201cnot at all\u201d on "
                + String.join(", ", dates) + ".</html>");
        text.setForeground(Views.riskColor());
        panel.add(Views.named(text, "Open risk flags"), "wmin 0");
        panel.add(Views.primary("Record risk review…", "Record a risk review", e -> actions.reviewRisk()));
        return panel;
    }

    JComponent details() {
        Client c = overview.client();
        JPanel panel = section("Details");
        JPanel grid = new JPanel(new MigLayout("insets 0, wrap 2, gap 12 3", "[][grow, fill]"));
        row(grid, "Name", c.fullName());
        row(grid, "Preferred name", c.preferredName());
        row(grid, "Pronouns", c.pronouns());
        if (c.dateOfBirth() != null) {
            row(grid, "Age", overview.age() + " (born " + Formats.date(c.dateOfBirth()) + ")");
        }
        row(grid, "Email", c.email());
        row(grid, "Phone", c.phone());
        row(grid, "Address", c.address());
        if (c.emergencyContactName() != null) {
            String relation = c.emergencyContactRelation() == null ? "" : " (" + c.emergencyContactRelation().toLowerCase(Locale.getDefault()) + ")";
            String phone = c.emergencyContactPhone() == null ? "" : ", " + c.emergencyContactPhone();
            row(grid, "Emergency contact", c.emergencyContactName() + relation + phone);
        }
        row(grid, "Referred by", c.referralSource());
        row(grid, "In care since", Formats.date(c.intakeDate()));
        String status = Formats.sentence(Formats.words(c.status().name()));
        if (c.status() == ClientStatus.DISCHARGED && c.dischargeDate() != null) {
            status += " on " + Formats.date(c.dischargeDate());
        }
        row(grid, "Status", status);
        panel.add(grid);
        return panel;
    }

    JComponent measures() {
        JPanel panel = section("Latest measures");
        if (overview.latestMeasures().isEmpty()) {
            panel.add(Views.muted("No measures yet; enter them on the Measures tab."));
            return panel;
        }
        JPanel grid = new JPanel(new MigLayout("insets 0, wrap 3, gap 12 3", "[][][grow]"));
        for (Overview.LatestMeasure m : overview.latestMeasures()) {
            grid.add(new JLabel(m.instrumentName()));
            var score = m.administration().score();
            JLabel value = new JLabel(score.complete()
                    ? MeasureForm.plain(score.total()) + (score.band() == null ? "" : " · " + score.band())
                    : "incomplete form");
            value.setFont(value.getFont().deriveFont(score.complete() ? Font.BOLD : Font.PLAIN));
            grid.add(Views.named(value, m.instrumentName() + " latest result"));
            grid.add(Views.muted(Formats.date(m.date())));
        }
        panel.add(grid);
        return panel;
    }

    JComponent formulation(FormulationDiagram diagram) {
        JPanel panel = section("Formulation");
        var current = overview.formulation();
        if (current == null) {
            panel.add(Views.muted("No formulation yet. Sketch the cycle from trigger to cost as it becomes clear."));
        } else {
            Map<FormulationRole, List<String>> labels = new EnumMap<>(FormulationRole.class);
            for (FormulationRole role : FormulationRole.values()) {
                labels.put(role, current.content().keys(role).stream().map(overview::label).toList());
            }
            diagram.show(labels);
            panel.add(diagram, "wmin 300");
            if (current.content().narrative() != null) {
                panel.add(Views.text(current.content().narrative(), "Formulation narrative"), "wmin 0, gaptop 6");
            }
            panel.add(Views.small("Version " + current.version() + " of " + overview.formulationVersions() + ", "
                    + Formats.date(current.recordedAt().atZoneSameInstant(zone).toLocalDate())));
        }
        panel.add(Views.leftAligned(Views.action("Revise formulation…", "Revise the formulation", e -> actions.reviseFormulation())));
        return panel;
    }

    JComponent attachment() {
        JPanel panel = section("Attachment");
        var current = overview.currentAttachment();
        if (current.isEmpty()) {
            panel.add(Views.muted("Not recorded yet."));
        } else {
            AttachmentDraft a = current.get().content();
            StringBuilder headline = new StringBuilder(OverviewDialogs.styleName(a.style()));
            if (a.anxiety() != null) {
                headline.append(" · anxiety ").append(a.anxiety()).append(" of 7");
            }
            if (a.avoidance() != null) {
                headline.append(" · avoidance ").append(a.avoidance()).append(" of 7");
            }
            JLabel style = new JLabel(headline.toString());
            style.setFont(style.getFont().deriveFont(Font.BOLD));
            panel.add(Views.named(style, "Attachment style and ratings"));
            line(panel, "Caregiver", a.caregiverAttunement());
            List<String> ticked = OverviewDialogs.tickedExperiences(a.earlyExperience());
            line(panel, "Early experience", ticked.isEmpty() ? null : String.join(", ", ticked));
            List<String> patterns = a.relationshipPatternKeys().stream().map(overview::label).toList();
            line(panel, "Patterns", patterns.isEmpty() ? null : String.join(", ", patterns));
            if (a.narrative() != null) {
                panel.add(Views.text(a.narrative(), "Attachment narrative"), "wmin 0, gaptop 4");
            }
            List<AttachmentVersion> earlier = overview.attachments().subList(0, overview.attachments().size() - 1);
            String recorded = "Recorded " + date(current.get());
            if (!earlier.isEmpty()) {
                recorded += " · " + earlier.size() + (earlier.size() == 1 ? " earlier version: " : " earlier versions: ")
                        + String.join(", ", earlier.stream().map(this::date).toList());
            }
            panel.add(Views.small(recorded));
        }
        panel.add(Views.leftAligned(Views.action("Record new version…", "Record a new attachment version", e -> actions.recordAttachment())));
        return panel;
    }

    JComponent goals() {
        JPanel panel = section("Goals");
        List<Overview.GoalLine> active = overview.goals().stream().filter(g -> g.goal().status() == GoalStatus.ACTIVE).toList();
        if (active.isEmpty()) {
            panel.add(Views.muted("No active goals."));
        }
        for (Overview.GoalLine goal : active) {
            panel.add(goalRow(goal), "gapbottom 6");
        }
        Map<GoalStatus, Integer> closed = new EnumMap<>(GoalStatus.class);
        overview.goals().stream().filter(g -> g.goal().status() != GoalStatus.ACTIVE)
                .forEach(g -> closed.merge(g.goal().status(), 1, Integer::sum));
        if (!closed.isEmpty()) {
            List<String> parts = new ArrayList<>();
            closed.forEach((status, count) -> parts.add(count + " " + Formats.words(status.name())));
            panel.add(Views.small("Closed: " + String.join(", ", parts)));
        }
        panel.add(Views.leftAligned(Views.action("Add goal…", "Add a goal", e -> actions.addGoal())));
        return panel;
    }

    private JComponent goalRow(Overview.GoalLine goal) {
        JPanel row = new JPanel(new MigLayout("insets 0, wrap 3, gap 10 2, fillx", "[grow, fill][][]"));
        row.add(Views.text(goal.goal().description(), "Goal"), "span 2, wmin 0");
        JButton change = Views.action("Change ▾", "Change this goal", null);
        JPopupMenu menu = new JPopupMenu();
        menu.add(item("Mark as met", () -> actions.closeGoal(goal, GoalStatus.MET)));
        menu.add(item("Revise wording…", () -> actions.reviseGoal(goal)));
        menu.add(item("Drop", () -> actions.closeGoal(goal, GoalStatus.DROPPED)));
        change.addActionListener(e -> menu.show(change, 0, change.getHeight()));
        row.add(change, "aligny top");
        JProgressBar progress = new JProgressBar(0, 10);
        progress.setStringPainted(false);
        String progressText;
        if (goal.latestRating() == null) {
            progressText = "not rated yet";
        } else {
            progress.setValue(goal.latestRating());
            progressText = goal.latestRating() + " of 10 on " + Formats.shortDate(goal.ratedOn(), overview.today());
        }
        Views.named(progress, "Progress: " + progressText);
        row.add(progress, "w 120!, split 2");
        row.add(Views.small(progressText));
        LocalDate target = goal.goal().targetDate();
        if (target != null) {
            JLabel due = Views.small("target " + Formats.date(target));
            if (target.isBefore(overview.today())) {
                due.setText("target " + Formats.date(target) + " (passed)");
                due.setForeground(Views.riskColor());
            }
            row.add(due, "span, right");
        }
        return row;
    }

    JComponent innerCritic() {
        JPanel panel = section("Inner critic");
        if (overview.criticStatements().isEmpty()) {
            panel.add(Views.muted("No statements recorded yet."));
            return panel;
        }
        for (InnerCriticStatement s : overview.criticStatements()) {
            JPanel item = new JPanel(new MigLayout("insets 0 0 4 0, wrap 1, gap 0, fillx", "[grow, fill]"));
            item.setBorder(new CompoundBorder(new MatteBorder(0, 3, 0, 0, CategoryColors.soft(Views.mutedColor(), 0.5f)),
                    new EmptyBorder(0, 8, 0, 0)));
            item.add(Views.italic("\u201c" + s.text() + "\u201d", "Inner-critic statement"), "wmin 0");
            String heard = s.timesHeard() == 1 ? "heard once, " + local(s.firstHeard())
                    : "heard " + s.timesHeard() + " times · first " + local(s.firstHeard()) + " · last " + local(s.lastHeard());
            item.add(Views.small(heard));
            panel.add(item, "gapbottom 4");
        }
        return panel;
    }

    JComponent reflections() {
        JPanel panel = section("Reflective questions");
        if (overview.answers().isEmpty()) {
            panel.add(Views.muted("No answers recorded yet."));
            return panel;
        }
        for (ReflectiveQuestion question : ReflectiveQuestion.values()) {
            List<ReflectiveAnswer> answers = overview.answers().get(question);
            if (answers == null) {
                continue;
            }
            JLabel prompt = Views.small("<html>" + TabFrame.escape(question.prompt()) + "</html>");
            panel.add(prompt, "wmin 0, gaptop 4");
            for (ReflectiveAnswer answer : answers) {
                panel.add(Views.text(answer.answer(), "Answer"), "wmin 0, gapleft 10");
                panel.add(Views.small(local(answer.answeredAt())), "gapleft 10");
            }
        }
        return panel;
    }

    private String local(java.time.OffsetDateTime at) {
        return Formats.shortDate(at.atZoneSameInstant(zone).toLocalDate(), overview.today());
    }

    private String date(AttachmentVersion version) {
        return Formats.date(version.recordedAt().atZoneSameInstant(zone).toLocalDate());
    }

    private static JMenuItem item(String text, Runnable action) {
        JMenuItem item = new JMenuItem(text);
        item.addActionListener(e -> action.run());
        return Views.named(item, text);
    }

    private static void row(JPanel grid, String label, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        grid.add(Views.muted(label));
        grid.add(Views.text(value, label), "wmin 0");
    }

    private static void line(JPanel panel, String label, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        panel.add(Views.text(label + ": " + value, label), "wmin 0");
    }
}
