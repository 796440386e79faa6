package org.goldseam.app.workspace.ui;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.AbstractAction;
import javax.swing.ButtonGroup;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.border.EmptyBorder;
import javax.swing.border.MatteBorder;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.ui.common.CategoryColors;
import org.goldseam.app.workspace.MeasureForm;
import org.goldseam.framework.measure.Instrument;
import org.goldseam.framework.measure.Item;
import org.goldseam.framework.measure.ResponseOption;
import org.jspecify.annotations.Nullable;

/**
 * "Enter measure…": every item with its response options as radio buttons. Tab moves from item to
 * item, the arrow keys choose within an item, and a digit key answers the focused item and moves on.
 * The total and band follow every answer; an incomplete form is marked, and a PHQ-9 item 9 above 0
 * brings up a plain warning that a risk review is due.
 */
final class MeasureEntryDialog {
    static final String SUMMARY = "measure-summary";
    static final String RISK = "measure-risk-warning";

    private final JPanel form = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow, fill]", "[][][grow, fill][]"));
    private final JComboBox<Instrument> instruments;
    private final JPanel items = new JPanel(new MigLayout("insets 0 0 0 8, wrap 1, gap 0", "[grow, fill]"));
    private final JLabel summary = new JLabel(" ");
    private final JLabel risk = new JLabel();
    private DateSpinner date;
    private MeasureForm current;
    private final List<List<JRadioButton>> buttons = new ArrayList<>();

    private MeasureEntryDialog(List<Instrument> choices, @Nullable String selected, Function<String, MeasureForm> newForm) {
        instruments = new JComboBox<>(choices.toArray(Instrument[]::new));
        instruments.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                          boolean isSelected, boolean cellHasFocus) {
                return super.getListCellRendererComponent(list, value instanceof Instrument i ? i.name() : value,
                        index, isSelected, cellHasFocus);
            }
        });
        choices.stream().filter(i -> i.key().equals(selected)).findFirst().ifPresent(instruments::setSelectedItem);
        Views.named(instruments, "Instrument");
        instruments.setName("measure-instrument");
        current = newForm.apply(((Instrument) instruments.getSelectedItem()).key());
        date = new DateSpinner(current.date(), "Date the form was filled in");

        JPanel header = new JPanel(new MigLayout("insets 0, gap 8", "[][]16[][]"));
        JLabel instrumentLabel = new JLabel("Instrument");
        instrumentLabel.setLabelFor(instruments);
        header.add(instrumentLabel);
        header.add(instruments);
        JLabel dateLabel = new JLabel("Date");
        dateLabel.setLabelFor(date);
        header.add(dateLabel);
        header.add(date);
        form.add(header);
        JLabel instructions = Views.small(" ");
        form.add(instructions);
        JScrollPane scroll = new JScrollPane(items);
        scroll.setBorder(new MatteBorder(1, 0, 1, 0, Views.borderColor()));
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        form.add(scroll, "w 640:760:, h 300:520:");

        summary.setName(SUMMARY);
        summary.putClientProperty("FlatLaf.styleClass", "h4");
        Views.named(summary, "Total and band");
        risk.setName(RISK);
        Views.named(risk, "Risk warning");
        risk.setForeground(Views.riskColor());
        risk.setOpaque(true);
        risk.setBackground(CategoryColors.soft(Views.riskColor(), 0.1f));
        risk.setBorder(new EmptyBorder(6, 10, 6, 10));
        JPanel footer = new JPanel(new MigLayout("insets 8 0 0 0, wrap 1, fillx, hidemode 3", "[grow, fill]"));
        footer.add(summary);
        footer.add(risk, "wmin 0");
        form.add(footer);

        instruments.addActionListener(e -> {
            current = newForm.apply(((Instrument) instruments.getSelectedItem()).key());
            current.setDate(date.date());
            rebuild(instructions);
        });
        date.addChangeListener(e -> current.setDate(date.date()));
        rebuild(instructions);
    }

    /**
     * Shows the dialog; the entry when the clinician saves, empty when they cancel.
     *
     * @param newForm a fresh form for an instrument key (from the presenter, dated today)
     */
    static Optional<MeasureForm.Entry> show(Component parent, List<Instrument> choices, @Nullable String selected,
                                            Function<String, MeasureForm> newForm) {
        MeasureEntryDialog dialog = new MeasureEntryDialog(choices, selected, newForm);
        return FormDialog.show(parent, "Enter measure", "Save measure", dialog.form, dialog.firstButton(), () -> {
            if (dialog.current.answers().isEmpty()) {
                return FormDialog.problem("Answer at least one item, or cancel.");
            }
            dialog.current.setDate(dialog.date.date());
            return FormDialog.ok(dialog.current.toEntry());
        });
    }

    private JComponent firstButton() {
        return buttons.isEmpty() || buttons.get(0).isEmpty() ? instruments : buttons.get(0).get(0);
    }

    private void rebuild(JLabel instructions) {
        Instrument instrument = current.instrument();
        instructions.setText(instrument.instructions() == null ? " " : instrument.instructions());
        items.removeAll();
        buttons.clear();
        List<ResponseOption> options = optionsOf(instrument);
        for (Item item : instrument.items()) {
            JPanel row = new JPanel(new MigLayout("insets 8 0 8 0, wrap 1, gap 2", "[grow, fill]"));
            row.add(Views.text(item.number() + ". " + item.text(), "Item " + item.number()), "wmin 0");
            JPanel choices = new JPanel(new MigLayout("insets 0 14 0 0, gap 12"));
            ButtonGroup group = new ButtonGroup();
            List<JRadioButton> itemButtons = new ArrayList<>();
            for (ResponseOption option : options) {
                JRadioButton button = new JRadioButton(option.score() + "  " + option.label());
                button.setName("item-" + item.number() + "-option-" + option.score());
                Views.named(button, "Item " + item.number() + ": " + option.label() + " (" + option.score() + ")");
                button.addActionListener(e -> current.answer(item.number(), option.score()));
                group.add(button);
                choices.add(button);
                itemButtons.add(button);
            }
            buttons.add(itemButtons);
            row.add(choices);
            if (item.number() < instrument.itemCount()) {
                row.setBorder(new MatteBorder(0, 0, 1, 0, CategoryColors.soft(Views.mutedColor(), 0.25f)));
            }
            items.add(row);
        }
        for (int i = 0; i < buttons.size(); i++) {
            bindDigits(i, options);
        }
        current.addListener(MeasureForm.Property.SCORE, e -> showScore());
        current.addListener(MeasureForm.Property.RISK_WARNING, e -> showScore());
        showScore();
        items.revalidate();
        items.repaint();
    }

    /** A digit answers the focused item with that score and moves to the next item. */
    private void bindDigits(int itemIndex, List<ResponseOption> options) {
        for (int o = 0; o < options.size(); o++) {
            int score = options.get(o).score();
            if (score < 0 || score > 9) {
                continue;
            }
            JRadioButton target = buttons.get(itemIndex).get(o);
            for (JRadioButton button : buttons.get(itemIndex)) {
                String actionKey = "answer-" + score;
                button.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_0 + score, 0), actionKey);
                button.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0 + score, 0), actionKey);
                button.getActionMap().put(actionKey, new AbstractAction() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void actionPerformed(java.awt.event.ActionEvent e) {
                        target.doClick(0);
                        focusItem(itemIndex + 1);
                    }
                });
            }
        }
    }

    private void focusItem(int index) {
        if (index >= buttons.size()) {
            return;
        }
        List<JRadioButton> row = buttons.get(index);
        JRadioButton chosen = row.stream().filter(JRadioButton::isSelected).findFirst().orElse(row.get(0));
        chosen.requestFocusInWindow();
        chosen.scrollRectToVisible(chosen.getBounds());
        ((JComponent) chosen.getParent().getParent()).scrollRectToVisible(chosen.getParent().getParent().getBounds());
    }

    private void showScore() {
        summary.setText(current.summary());
        summary.setForeground(current.complete() ? javax.swing.UIManager.getColor("Label.foreground") : Views.mutedColor());
        risk.setVisible(current.riskWarning());
        risk.setText("<html><b>Risk review needed.</b> Item 9 is answered above \u201cnot at all\u201d: ask about "
                + "thoughts of self-harm or of being better off dead, and record a risk review on the Overview tab. "
                + "Saving raises a risk flag for this client.</html>");
    }

    /** Custom instruments may define no labels; then each point of the scale is its own number. */
    static List<ResponseOption> optionsOf(Instrument instrument) {
        if (!instrument.responseOptions().isEmpty()) {
            return instrument.responseOptions();
        }
        List<ResponseOption> numbers = new ArrayList<>();
        for (int score = instrument.minItemScore(); score <= instrument.maxItemScore(); score++) {
            numbers.add(new ResponseOption(score, ""));
        }
        return numbers;
    }
}
