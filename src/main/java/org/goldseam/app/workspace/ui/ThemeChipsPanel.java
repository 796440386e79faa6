package org.goldseam.app.workspace.ui;

import java.awt.Color;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.ui.common.CategoryColors;
import org.goldseam.app.workspace.TaxonomyIndex;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.notes.LabelsAtSigning;
import org.goldseam.notes.ShameKind;
import org.goldseam.notes.ShameKinds;
import org.goldseam.notes.ThemeObservation;
import org.jspecify.annotations.Nullable;

/**
 * The themes of a note as chips (category hue, label, intensity 0–10, optional verbatim quote,
 * core or adaptive shame where it applies), and a field to add one by typing part of its name and
 * pressing Enter.
 */
final class ThemeChipsPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_INTENSITY = 5;

    private final transient Consumer<UnaryOperator<List<ThemeObservation>>> edit;
    private transient TaxonomyIndex taxonomy = TaxonomyIndex.empty();
    private final JPanel chips = new JPanel(new MigLayout("wrap 1, insets 0, gap 4", "[grow, fill]"));
    private final JTextField add = new JTextField();
    private final DefaultListModel<TaxonomyEntry> matches = new DefaultListModel<>();
    private final JList<TaxonomyEntry> matchList = new JList<>(matches);
    private final JPopupMenu popup = new JPopupMenu();
    private transient List<ThemeObservation> shown = List.of();
    private boolean editable = true;
    /** Null for a draft; for a signed note, the labels it was signed with. */
    private transient @Nullable LabelsAtSigning atSigning;

    /** @param edit applies a change to the note's observations (through the presenter) */
    ThemeChipsPanel(Consumer<UnaryOperator<List<ThemeObservation>>> edit) {
        super(new MigLayout("wrap 1, insets 0, gap 4", "[grow, fill]"));
        this.edit = edit;
        add.setName("addTheme");
        add.putClientProperty("JTextField.placeholderText", "+ add theme: type to filter, Enter to add");
        add.getAccessibleContext().setAccessibleName("Add theme");
        matchList.setName("themeMatches");
        matchList.setFocusable(false);
        matchList.setCellRenderer((list, entry, index, selected, focus) -> {
            JLabel label = new JLabel(entry.label() + "   · " + entry.category().code().replace('_', ' '));
            label.setOpaque(true);
            label.setBorder(BorderFactory.createCompoundBorder(
                    BorderFactory.createMatteBorder(0, 4, 0, 0, CategoryColors.of(entry.category())),
                    BorderFactory.createEmptyBorder(3, 6, 3, 6)));
            label.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            label.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            return label;
        });
        popup.setFocusable(false);
        popup.add(new JScrollPane(matchList));
        add(chips);
        add(add);
        wireAddField();
    }

    void setTaxonomy(TaxonomyIndex taxonomy) {
        this.taxonomy = taxonomy;
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        add.setVisible(editable);
    }

    /** For a signed note, the labels it was signed with (its chips name themes by them); null for a draft. */
    void setLabelsAtSigning(@Nullable LabelsAtSigning atSigning) {
        this.atSigning = atSigning;
    }

    /** Rebuilds the chips when the set of themes changed (not on every intensity change). */
    void show(List<ThemeObservation> observations, boolean force) {
        if (!force && ids(observations).equals(ids(shown))) {
            shown = observations;
            return;
        }
        shown = observations;
        chips.removeAll();
        for (ThemeObservation observation : observations) {
            chips.add(chip(observation));
        }
        if (observations.isEmpty()) {
            JLabel none = new JLabel("No themes yet.");
            none.putClientProperty("FlatLaf.styleClass", "small");
            chips.add(none);
        }
        revalidate();
        repaint();
    }

    private static Set<Long> ids(List<ThemeObservation> observations) {
        Set<Long> ids = new HashSet<>();
        observations.forEach(o -> ids.add(o.entryId()));
        return ids;
    }

    private JPanel chip(ThemeObservation observation) {
        long id = observation.entryId();
        Color hue = CategoryColors.of(taxonomy.category(id));
        // fixed columns, so intensities, quotes and shame selectors line up from chip to chip
        JPanel chip = new JPanel(new MigLayout("insets 3 8 3 6, gap 6", "[160:240:300][60!][60:200:, grow, fill][130!][]"));
        chip.setBorder(BorderFactory.createMatteBorder(0, 5, 0, 0, hue));
        chip.setBackground(CategoryColors.soft(hue, 0.14f));
        String label = atSigning == null ? taxonomy.label(id) : atSigning.entryLabel(id, taxonomy.label(id));
        chip.setName("theme:" + label);
        JLabel name = new JLabel(label);
        name.setToolTipText(label + " · " + taxonomy.category(id).code().replace('_', ' '));
        chip.add(name, "wmin 0"); // a long label shortens with an ellipsis instead of covering the spinner

        JSpinner intensity = new JSpinner(new SpinnerNumberModel(observation.intensity(), 0, 10, 1));
        intensity.setName("intensity:" + label);
        intensity.getAccessibleContext().setAccessibleName("Intensity of " + label);
        intensity.setToolTipText("Intensity 0–10");
        intensity.setEnabled(editable);
        intensity.addChangeListener(e -> replace(id, o -> new ThemeObservation(id, (Integer) intensity.getValue(),
                o.verbatimQuote(), o.shameKind())));
        chip.add(intensity, "w 58!");

        JTextField quote = new JTextField(observation.verbatimQuote() == null ? "" : observation.verbatimQuote(), 18);
        quote.setName("quote:" + label);
        quote.putClientProperty("JTextField.placeholderText", "verbatim quote (optional)");
        quote.getAccessibleContext().setAccessibleName("Verbatim quote for " + label);
        quote.setEditable(editable);
        quote.getDocument().addDocumentListener(onChange(() -> replace(id, o -> new ThemeObservation(id, o.intensity(),
                quote.getText().isBlank() ? null : quote.getText(), o.shameKind()))));
        chip.add(quote, "growx, wmin 120");

        Set<ShameKind> allowed = ShameKinds.allowedFor(taxonomy.category(id));
        if (!allowed.isEmpty() || observation.shameKind() != null) {
            // only the kinds the framework allows here (a core belief: core shame only); a signed note
            // shows what it was signed with, even a kind no longer offered
            List<ShameKind> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(allowed);
            if (observation.shameKind() != null && !choices.contains(observation.shameKind())) {
                choices.add(observation.shameKind());
            }
            JComboBox<String> shame = new JComboBox<>(choices.stream().map(ThemeChipsPanel::shameWords).toArray(String[]::new));
            shame.setName("shame:" + label);
            shame.getAccessibleContext().setAccessibleName("Kind of shame for " + label);
            shame.setToolTipText(EditorText.get(allowed.contains(ShameKind.ADAPTIVE) ? "shame.tooltip.either" : "shame.tooltip.coreOnly"));
            shame.setSelectedIndex(choices.indexOf(observation.shameKind()));
            shame.setEnabled(editable);
            shame.addActionListener(e -> replace(id, o -> new ThemeObservation(id, o.intensity(), o.verbatimQuote(),
                    choices.get(Math.max(0, shame.getSelectedIndex())))));
            chip.add(shame);
        } else {
            chip.add(new JLabel());
        }
        if (editable) {
            JButton remove = new JButton("×");
            remove.setName("remove:" + label);
            remove.getAccessibleContext().setAccessibleName("Remove " + label);
            remove.putClientProperty("JButton.buttonType", "toolBarButton");
            remove.addActionListener(e -> {
                edit.accept(list -> {
                    list.removeIf(o -> o.entryId() == id);
                    return list;
                });
                add.requestFocusInWindow();
            });
            chip.add(remove);
        }
        return chip;
    }

    private static String shameWords(@Nullable ShameKind kind) {
        return EditorText.get(kind == null ? "shame.none" : kind == ShameKind.CORE ? "shame.core" : "shame.adaptive");
    }

    private void replace(long id, UnaryOperator<ThemeObservation> change) {
        edit.accept(list -> {
            List<ThemeObservation> next = new ArrayList<>(list.size());
            for (ThemeObservation o : list) {
                next.add(o.entryId() == id ? change.apply(o) : o);
            }
            return next;
        });
    }

    private void wireAddField() {
        add.getDocument().addDocumentListener(onChange(this::refreshMatches));
        add.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                switch (e.getKeyCode()) {
                    case KeyEvent.VK_DOWN -> move(1);
                    case KeyEvent.VK_UP -> move(-1);
                    case KeyEvent.VK_ESCAPE -> popup.setVisible(false);
                    case KeyEvent.VK_ENTER -> {
                        choose();
                        e.consume();
                    }
                    default -> { }
                }
            }
        });
        matchList.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                choose();
            }
        });
    }

    private void refreshMatches() {
        String typed = add.getText();
        matches.clear();
        if (typed.isBlank()) {
            popup.setVisible(false);
            return;
        }
        taxonomy.themesMatching(typed, ids(shown), 10).forEach(matches::addElement);
        if (matches.isEmpty()) {
            popup.setVisible(false);
            return;
        }
        matchList.setSelectedIndex(0);
        matchList.setVisibleRowCount(Math.min(10, matches.size()));
        SwingUtilities.invokeLater(() -> {
            if (add.isShowing()) {
                popup.pack();
                popup.show(add, 0, add.getHeight());
                add.requestFocusInWindow();
            }
        });
    }

    private void move(int delta) {
        if (!matches.isEmpty()) {
            int next = Math.max(0, Math.min(matches.size() - 1, matchList.getSelectedIndex() + delta));
            matchList.setSelectedIndex(next);
            matchList.ensureIndexIsVisible(next);
        }
    }

    private void choose() {
        TaxonomyEntry entry = matchList.getSelectedValue();
        if (entry == null && !matches.isEmpty()) {
            entry = matches.get(0);
        }
        if (entry == null || !editable) {
            return;
        }
        long id = entry.id();
        edit.accept(list -> {
            if (list.stream().noneMatch(o -> o.entryId() == id)) {
                list.add(new ThemeObservation(id, DEFAULT_INTENSITY, null, null));
            }
            return list;
        });
        add.setText("");
        popup.setVisible(false);
        add.requestFocusInWindow();
    }

    static DocumentListener onChange(Runnable action) {
        return new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { action.run(); }
            @Override public void removeUpdate(DocumentEvent e) { action.run(); }
            @Override public void changedUpdate(DocumentEvent e) { action.run(); }
        };
    }
}
