package org.goldseam.app.workspace.ui;

import java.awt.Component;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.workspace.Formats;
import org.goldseam.app.workspace.Overview;
import org.goldseam.app.workspace.OverviewPresenter;
import org.goldseam.framework.model.AttachmentDraft;
import org.goldseam.framework.model.AttachmentStyle;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.EarlyExperience;
import org.goldseam.framework.model.FormulationDraft;
import org.goldseam.framework.model.FormulationRole;
import org.goldseam.framework.model.RiskFlag;
import org.goldseam.framework.model.TaxonomyEntry;
import org.jspecify.annotations.Nullable;

/** The Overview's dialogs. Each returns what was entered as a plain value, or empty when cancelled. */
final class OverviewDialogs {
    static final String[] EARLY_EXPERIENCES = {"Emotional neglect", "Physical neglect", "Abuse", "Misattuned caregiver",
        "Worth depended on achievement", "Parentification", "Pattern repeated across generations",
        "Blamed self for a caregiver's behaviour"};
    private static final String NOT_RATED = "not rated";

    private OverviewDialogs() {
    }

    static String styleName(AttachmentStyle style) {
        return style == AttachmentStyle.NOT_ASSESSED ? "Not yet assessed" : Formats.sentence(Formats.words(style.name()));
    }

    static boolean[] ticks(EarlyExperience e) {
        return new boolean[] {e.emotionalNeglect(), e.physicalNeglect(), e.abuse(), e.misattunedCaregiver(),
            e.conditionalWorth(), e.parentification(), e.intergenerationalPattern(), e.selfBlameForCaregiver()};
    }

    /** The ticked items of the early-experience checklist, in the checklist's order. */
    static List<String> tickedExperiences(EarlyExperience experience) {
        boolean[] ticks = ticks(experience);
        List<String> ticked = new ArrayList<>();
        for (int i = 0; i < ticks.length; i++) {
            if (ticks[i]) {
                ticked.add(EARLY_EXPERIENCES[i]);
            }
        }
        return ticked;
    }

    static Optional<AttachmentDraft> attachment(Component parent, Overview overview) {
        AttachmentDraft current = overview.currentAttachment().map(v -> v.content()).orElse(
                new AttachmentDraft(AttachmentStyle.NOT_ASSESSED, null, null, null, EarlyExperience.NONE, List.of(), null));
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 4, gap 8 6", "[][160!]24[][grow, fill]"));
        JComboBox<AttachmentStyle> style = new JComboBox<>(AttachmentStyle.values());
        style.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                          boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, styleName((AttachmentStyle) value), index, selected, focus);
            }
        });
        style.setSelectedItem(current.style());
        JComboBox<String> anxiety = rating(current.anxiety(), "Attachment anxiety, 1 to 7");
        JComboBox<String> avoidance = rating(current.avoidance(), "Attachment avoidance, 1 to 7");
        JTextField attunement = Views.named(new JTextField(current.caregiverAttunement() == null ? "" : current.caregiverAttunement()),
                "Caregiver attunement");
        labelled(form, "Style", Views.named(style, "Attachment style"), "");
        labelled(form, "Caregiver attunement", attunement, "");
        labelled(form, "Anxiety (1–7)", anxiety, "");
        labelled(form, "Avoidance (1–7)", avoidance, "");

        form.add(Views.title("Early experience"), "span, gaptop 10");
        boolean[] ticks = ticks(current.earlyExperience());
        JCheckBox[] boxes = new JCheckBox[EARLY_EXPERIENCES.length];
        JPanel checklist = new JPanel(new MigLayout("insets 0, wrap 2, gap 16 2", "[][]"));
        for (int i = 0; i < boxes.length; i++) {
            boxes[i] = Views.named(new JCheckBox(EARLY_EXPERIENCES[i], ticks[i]), EARLY_EXPERIENCES[i]);
            checklist.add(boxes[i]);
        }
        form.add(checklist, "span");

        form.add(Views.title("Relationship patterns"), "span, gaptop 10");
        Map<String, JCheckBox> patterns = checkboxes(overview, Category.RELATIONAL_PATTERN, current.relationshipPatternKeys());
        JPanel patternPanel = new JPanel(new MigLayout("insets 0, wrap 2, gap 16 2", "[][]"));
        patterns.values().forEach(patternPanel::add);
        form.add(patternPanel, "span");

        form.add(Views.title("Narrative"), "span, gaptop 10");
        JTextArea narrative = area(current.narrative(), 5, "Attachment narrative");
        form.add(new JScrollPane(narrative), "span, growx, w 560:640:");

        return FormDialog.show(parent, "Record new attachment version", "Record version", form, style, () -> {
            boolean[] now = new boolean[boxes.length];
            for (int i = 0; i < boxes.length; i++) {
                now[i] = boxes[i].isSelected();
            }
            return FormDialog.ok(new AttachmentDraft((AttachmentStyle) style.getSelectedItem(), ratingOf(anxiety),
                    ratingOf(avoidance), blankToNull(attunement.getText()),
                    new EarlyExperience(now[0], now[1], now[2], now[3], now[4], now[5], now[6], now[7]),
                    selectedKeys(patterns), blankToNull(narrative.getText())));
        });
    }

    static Optional<FormulationDraft> formulation(Component parent, Overview overview) {
        FormulationDraft current = overview.formulation() == null
                ? new FormulationDraft(List.of(), List.of(), List.of(), List.of(), null)
                : overview.formulation().content();
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, gap 16 6", "[grow, fill][grow, fill]"));
        Map<FormulationRole, Map<String, JCheckBox>> choices = new EnumMap<>(FormulationRole.class);
        FormulationRole[] order = {FormulationRole.TRIGGER, FormulationRole.CORE_BELIEF, FormulationRole.COST, FormulationRole.DEFENSE};
        for (FormulationRole role : order) {
            Map<String, JCheckBox> boxes = checkboxes(overview, role.category(), current.keys(role));
            choices.put(role, boxes);
            JPanel list = new JPanel(new MigLayout("insets 0, wrap 1, gap 0 0"));
            boxes.values().forEach(list::add);
            JScrollPane scroll = new JScrollPane(list);
            scroll.getVerticalScrollBar().setUnitIncrement(16);
            JPanel column = new JPanel(new MigLayout("insets 0, wrap 1, fill", "[grow, fill]", "[][grow, fill]"));
            JLabel title = Views.title(Formats.sentence(Formats.words(role.code())));
            title.setForeground(org.goldseam.app.ui.common.CategoryColors.of(role.category()).darker());
            column.add(title);
            column.add(scroll, "h 150:180:, w 280:320:");
            form.add(column);
        }
        form.add(Views.title("In the clinician's words"), "span, gaptop 8");
        JTextArea narrative = area(current.narrative(), 4, "Formulation narrative");
        form.add(new JScrollPane(narrative), "span, growx");
        JCheckBox first = choices.getOrDefault(FormulationRole.TRIGGER, Map.of()).values().stream().findFirst().orElse(null);
        return FormDialog.show(parent, "Revise formulation", "Save as new version", form, first, () -> FormDialog.ok(
                new FormulationDraft(selectedKeys(choices.getOrDefault(FormulationRole.TRIGGER, Map.of())),
                        selectedKeys(choices.getOrDefault(FormulationRole.CORE_BELIEF, Map.of())), selectedKeys(choices.getOrDefault(FormulationRole.DEFENSE, Map.of())),
                        selectedKeys(choices.getOrDefault(FormulationRole.COST, Map.of())), blankToNull(narrative.getText()))));
    }

    static Optional<OverviewPresenter.GoalDraft> goal(Component parent, String title, String saveText,
                                                      OverviewPresenter.@Nullable GoalDraft initial, LocalDate today) {
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, gap 8 8", "[][grow, fill]"));
        JTextArea description = area(initial == null ? "" : initial.description(), 3, "Goal, in the client's terms");
        JCheckBox hasTarget = Views.named(new JCheckBox("Target date"), "Set a target date");
        LocalDate target = initial == null || initial.targetDate() == null ? today.plusMonths(3) : initial.targetDate();
        DateSpinner date = new DateSpinner(target, "Target date");
        hasTarget.setSelected(initial != null && initial.targetDate() != null);
        date.setEnabled(hasTarget.isSelected());
        hasTarget.addActionListener(e -> date.setEnabled(hasTarget.isSelected()));
        JLabel goalLabel = new JLabel("Goal");
        goalLabel.setLabelFor(description);
        form.add(goalLabel, "aligny top");
        form.add(new JScrollPane(description), "w 420:480:");
        form.add(hasTarget);
        form.add(date, "growx 0");
        return FormDialog.show(parent, title, saveText, form, description, () -> description.getText().isBlank()
                ? FormDialog.problem("Write the goal first.")
                : FormDialog.ok(new OverviewPresenter.GoalDraft(description.getText().strip(),
                        hasTarget.isSelected() ? date.date() : null)));
    }

    static Optional<OverviewPresenter.RiskReviewDraft> riskReview(Component parent, List<RiskFlag> flags,
                                                                  @Nullable String reviewer, ZoneId zone) {
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, gap 8 8", "[][grow, fill]"));
        List<String> dates = flags.stream()
                .map(f -> Formats.date(f.raisedAt().atZoneSameInstant(zone).toLocalDate())).toList();
        form.add(Views.text("This review clears the open " + (flags.size() == 1 ? "flag" : "flags")
                + " (PHQ-9 item 9 above \u201cnot at all\u201d on " + String.join(", ", dates)
                + "). Note what was assessed and what was agreed.", "About this review"), "span, w 460:520:");
        JTextField who = Views.named(new JTextField(reviewer == null ? "" : reviewer), "Reviewed by");
        JTextArea outcome = area("", 5, "Outcome of the risk review");
        JLabel whoLabel = new JLabel("Reviewed by");
        whoLabel.setLabelFor(who);
        JLabel outcomeLabel = new JLabel("Outcome");
        outcomeLabel.setLabelFor(outcome);
        form.add(whoLabel);
        form.add(who);
        form.add(outcomeLabel, "aligny top");
        form.add(new JScrollPane(outcome));
        return FormDialog.show(parent, "Record risk review", "Record review", form, who.getText().isBlank() ? who : outcome, () -> {
            if (who.getText().isBlank()) {
                return FormDialog.problem("Name who carried out the review.");
            }
            if (outcome.getText().isBlank()) {
                return FormDialog.problem("Write the outcome of the review.");
            }
            return FormDialog.ok(new OverviewPresenter.RiskReviewDraft(who.getText().strip(), outcome.getText().strip()));
        });
    }

    /** Active entries of a category, plus inactive ones still chosen, ticked where chosen. */
    private static Map<String, JCheckBox> checkboxes(Overview overview, Category category, List<String> chosen) {
        Map<String, JCheckBox> boxes = new LinkedHashMap<>();
        for (TaxonomyEntry entry : overview.taxonomy().values()) {
            if (entry.category() == category && (entry.active() || chosen.contains(entry.key()))) {
                JCheckBox box = new JCheckBox(entry.label() + (entry.active() ? "" : " (inactive)"), chosen.contains(entry.key()));
                box.setToolTipText(entry.description());
                boxes.put(entry.key(), Views.named(box, entry.label()));
            }
        }
        return boxes;
    }

    private static List<String> selectedKeys(Map<String, JCheckBox> boxes) {
        return boxes.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).toList();
    }

    private static JComboBox<String> rating(@Nullable Integer value, String name) {
        JComboBox<String> box = new JComboBox<>(new String[] {NOT_RATED, "1", "2", "3", "4", "5", "6", "7"});
        box.setSelectedItem(value == null ? NOT_RATED : String.valueOf(value));
        return Views.named(box, name);
    }

    private static @Nullable Integer ratingOf(JComboBox<String> box) {
        Object value = box.getSelectedItem();
        return value == null || NOT_RATED.equals(value) ? null : Integer.valueOf((String) value);
    }

    private static void labelled(JPanel form, String text, java.awt.Component field, String constraints) {
        JLabel label = new JLabel(text);
        label.setLabelFor(field);
        form.add(label);
        form.add(field, constraints);
    }

    private static JTextArea area(@Nullable String text, int rows, String name) {
        JTextArea area = new JTextArea(text == null ? "" : text, rows, 40);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        return Views.named(area, name);
    }

    private static @Nullable String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
