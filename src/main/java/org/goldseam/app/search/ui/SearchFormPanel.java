package org.goldseam.app.search.ui;

import org.goldseam.app.ui.common.WidthTrackingPanel;
import java.awt.Color;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.search.SearchForm;
import org.goldseam.app.search.SearchPresenter;
import org.goldseam.app.ui.common.CategoryColors;
import org.goldseam.clients.ClientStatus;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.search.query.SearchQuery;
import org.goldseam.search.query.TextTerm;
import org.goldseam.search.query.ThemeMode;
import org.goldseam.search.query.TrendFilter;
import org.jspecify.annotations.Nullable;

/**
 * The structured side of the search: themes chosen from the taxonomy (type to filter, click or
 * Space to choose), how they recur, which sessions and clients count. Every change goes to the
 * presenter, which writes the query box; the panel shows the presenter's form back.
 */
final class SearchFormPanel {
    private final SearchPresenter presenter;
    private final JPanel panel = new WidthTrackingPanel(new MigLayout("insets 0 0 0 8, wrap 2, gap 6 6, hidemode 3", "[][grow, fill]"));
    private final JTextField filter = new JTextField();
    private final DefaultListModel<TaxonomyEntry> matching = new DefaultListModel<>();
    private final JList<TaxonomyEntry> themeList = new JList<>(matching);
    private final JLabel chosen = new JLabel();
    private final JRadioButton any = new JRadioButton("any of them");
    private final JRadioButton all = new JRadioButton("all in one session");
    private final JSpinner minSessions = new JSpinner(new SpinnerNumberModel(1, 1, SearchQuery.MAX_SESSIONS, 1));
    private final JSpinner lastSessions = new JSpinner(new SpinnerNumberModel(0, 0, SearchQuery.MAX_SESSIONS, 1));
    private final JTextField from = new JTextField(7);
    private final JTextField to = new JTextField(7);
    private final JSpinner intensity = new JSpinner(new SpinnerNumberModel(0, 0, 10, 1));
    private final Map<ClientStatus, JCheckBox> statuses = new EnumMap<>(ClientStatus.class);
    private final JComboBox<TrendFilter> trend = new JComboBox<>(new TrendFilter[] {TrendFilter.ANY, TrendFilter.RISING, TrendFilter.FALLING});
    private final JLabel words = new JLabel();
    private final JCheckBox includePrivate = new JCheckBox("Include private psychotherapy notes");
    /** True while the panel shows the presenter's form, so that showing it is not taken for an edit. */
    private boolean showing;

    SearchFormPanel(SearchPresenter presenter) {
        this.presenter = presenter;
        panel.setName("search form");
        filter.setName("theme filter");
        filter.putClientProperty("JTextField.placeholderText", "Type to filter themes");
        filter.getAccessibleContext().setAccessibleName("Filter themes");
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                refilter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                refilter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                refilter();
            }
        });
        filter.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "to list");
        filter.getActionMap().put("to list", action(() -> {
            themeList.requestFocusInWindow();
            if (themeList.getSelectedIndex() < 0 && !matching.isEmpty()) {
                themeList.setSelectedIndex(0);
            }
        }));
        themeList.setName("themes");
        themeList.getAccessibleContext().setAccessibleName("Themes: Space or click chooses");
        themeList.setVisibleRowCount(8);
        themeList.setCellRenderer(new ThemeCell());
        themeList.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int index = themeList.locationToIndex(e.getPoint());
                if (index >= 0 && themeList.getCellBounds(index, index).contains(e.getPoint())) {
                    toggle(matching.get(index));
                }
            }
        });
        for (String key : List.of("SPACE", "ENTER")) {
            themeList.getInputMap().put(KeyStroke.getKeyStroke(key), "choose");
        }
        themeList.getActionMap().put("choose", action(() -> {
            if (themeList.getSelectedValue() != null) {
                toggle(themeList.getSelectedValue());
            }
        }));
        ButtonGroup modes = new ButtonGroup();
        modes.add(any);
        modes.add(all);
        any.addActionListener(e -> edit(f -> f.withMode(ThemeMode.ANY)));
        all.addActionListener(e -> edit(f -> f.withMode(ThemeMode.ALL)));
        minSessions.addChangeListener(e -> edit(f -> f.withMinSessions(orNull((Integer) minSessions.getValue(), 1))));
        lastSessions.addChangeListener(e -> edit(f -> f.withLastSessions(orNull((Integer) lastSessions.getValue(), 0))));
        intensity.addChangeListener(e -> edit(f -> f.withMinIntensity(orNull((Integer) intensity.getValue(), 0))));
        for (JTextField date : List.of(from, to)) {
            date.putClientProperty("JTextField.placeholderText", "YYYY-MM-DD");
            date.addActionListener(e -> commitDates());
            date.addFocusListener(new java.awt.event.FocusAdapter() {
                @Override
                public void focusLost(java.awt.event.FocusEvent e) {
                    commitDates();
                }
            });
        }
        from.setName("from");
        to.setName("to");
        from.getAccessibleContext().setAccessibleName("Sessions from, year-month-day");
        to.getAccessibleContext().setAccessibleName("Sessions to, year-month-day");
        minSessions.setName("min sessions");
        lastSessions.setName("last sessions");
        intensity.setName("min intensity");
        trend.setName("trend");
        trend.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
                String text = switch ((TrendFilter) value) {
                    case ANY -> "any direction";
                    case RISING -> "\u2191 rising";
                    case FALLING -> "\u2193 falling";
                };
                return super.getListCellRendererComponent(list, text, index, sel, focus);
            }
        });
        trend.addActionListener(e -> edit(f -> f.withTrend((TrendFilter) trend.getSelectedItem())));
        includePrivate.setName("include private");
        includePrivate.addActionListener(e -> presenter.setIncludePrivate(includePrivate.isSelected()));

        panel.add(heading("Themes"), "span 2");
        panel.add(filter, "span 2, growx");
        panel.add(new JScrollPane(themeList), "span 2, grow, hmin 120");
        panel.add(chosen, "span 2, wmin 0");
        panel.add(new JLabel("A session shows"));
        panel.add(row(any, all));
        panel.add(new JLabel("In at least"));
        panel.add(row(minSessions, new JLabel("sessions")));
        panel.add(heading("Sessions looked at"), "span 2, gaptop 8");
        panel.add(new JLabel("Each client's last"));
        panel.add(row(lastSessions, muted("sessions (0: all)")));
        panel.add(new JLabel("From"));
        panel.add(row(from, new JLabel("to"), to));
        panel.add(new JLabel("Intensity at least"));
        panel.add(row(intensity, muted("of 10")));
        panel.add(new JLabel("Trend"));
        panel.add(trend, "growx 0");
        panel.add(heading("Clients"), "span 2, gaptop 8");
        JPanel statusRow = new JPanel(new MigLayout("insets 0, gap 8"));
        for (ClientStatus status : ClientStatus.values()) {
            JCheckBox box = new JCheckBox(org.goldseam.app.workspace.Formats.sentence(status.dbValue()));
            box.setName("status " + status.dbValue());
            box.addActionListener(e -> edit(f -> f.withStatuses(checkedStatuses())));
            statuses.put(status, box);
            statusRow.add(box);
        }
        panel.add(statusRow, "span 2");
        panel.add(muted("None ticked: every client."), "span 2");
        panel.add(words, "span 2, wmin 0, gaptop 8");
        panel.add(includePrivate, "span 2, gaptop 8");
        panel.add(muted("<html>Off unless ticked: private notes are kept apart from<br>the record and searched only when you ask.</html>"),
                "span 2");
        refilter();
        show(presenter.form());
    }

    JComponent component() {
        return panel;
    }

    JTextField filterField() {
        return filter;
    }

    /** Shows the presenter's form and switch, without taking it for an edit. */
    void show(SearchForm form) {
        showing = true;
        try {
            (form.mode() == ThemeMode.ALL ? all : any).setSelected(true);
            minSessions.setValue(form.minSessions() == null ? 1 : form.minSessions());
            lastSessions.setValue(form.lastSessions() == null ? 0 : form.lastSessions());
            intensity.setValue(form.minIntensity() == null ? 0 : form.minIntensity());
            setDate(from, form.from());
            setDate(to, form.to());
            statuses.forEach((status, box) -> box.setSelected(form.statuses().contains(status)));
            trend.setSelectedItem(form.trend());
            includePrivate.setSelected(presenter.includePrivate());
            List<String> labels = form.themes().stream().map(presenter::themeLabel).toList();
            chosen.setText(labels.isEmpty() ? "No theme chosen" : "<html>Chosen: " + org.goldseam.app.ui.common.Html.escape(
                    String.join(" \u00b7 ", labels)) + "</html>");
            List<String> typed = form.terms().stream().map(TextTerm::toQueryText).toList();
            words.setText(typed.isEmpty() ? "Words: type them in the search box above"
                    : "<html>Words: " + org.goldseam.app.ui.common.Html.escape(String.join(" ", typed)) + "</html>");
            themeList.repaint();
        } finally {
            showing = false;
        }
    }

    /** Fills the chooser again from the taxonomy (after it was read, or as the filter changes). */
    void refilter() {
        TaxonomyEntry selected = themeList.getSelectedValue();
        matching.clear();
        presenter.themesMatching(filter.getText()).forEach(matching::addElement);
        if (selected != null && matching.contains(selected)) {
            themeList.setSelectedValue(selected, true);
        } else if (!matching.isEmpty()) {
            themeList.setSelectedIndex(0);
        }
    }

    private void toggle(TaxonomyEntry entry) {
        edit(f -> f.toggleTheme(entry.key()));
    }

    private void edit(UnaryOperator<SearchForm> change) {
        if (!showing) {
            presenter.updateForm(change);
        }
    }

    private void commitDates() {
        LocalDate fromDate = readDate(from);
        LocalDate toDate = readDate(to);
        if (!BAD.equals(fromDate) && !BAD.equals(toDate)) {
            edit(f -> f.withDates(fromDate, toDate));
        }
    }

    /** Marks a date that cannot be read instead of dropping it silently; BAD leaves the form as it is. */
    private static final LocalDate BAD = LocalDate.MIN;

    private static @Nullable LocalDate readDate(JTextField field) {
        String text = field.getText().strip();
        field.putClientProperty("JComponent.outline", null);
        field.setToolTipText(null);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            field.putClientProperty("JComponent.outline", "error");
            field.setToolTipText("Write the date as year-month-day, e.g. 2026-01-31");
            return BAD;
        }
    }

    private static void setDate(JTextField field, @Nullable LocalDate date) {
        String text = date == null ? "" : date.toString();
        if (!field.getText().strip().equals(text) && !(field.hasFocus() && BAD.equals(readDate(field)))) {
            field.setText(text);
            field.putClientProperty("JComponent.outline", null);
        }
    }

    private List<ClientStatus> checkedStatuses() {
        List<ClientStatus> checked = new ArrayList<>();
        statuses.forEach((status, box) -> {
            if (box.isSelected()) {
                checked.add(status);
            }
        });
        return checked;
    }

    private static @Nullable Integer orNull(Integer value, int meaningNone) {
        return value == null || value == meaningNone ? null : value;
    }

    private static JPanel row(JComponent... parts) {
        JPanel row = new JPanel(new MigLayout("insets 0, gap 6"));
        for (JComponent part : parts) {
            row.add(part);
        }
        return row;
    }

    private static JLabel heading(String text) {
        JLabel label = new JLabel(text);
        label.putClientProperty("FlatLaf.styleClass", "h4");
        return label;
    }

    static JLabel muted(String text) {
        JLabel label = new JLabel(text);
        Color color = UIManager.getColor("Goldseam.muted");
        label.setForeground(color != null ? color : Color.GRAY);
        return label;
    }

    private static javax.swing.Action action(Runnable run) {
        return new javax.swing.AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                run.run();
            }
        };
    }

    /** A chosen theme is ticked; each has its category's colour. */
    private final class ThemeCell extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
            TaxonomyEntry entry = (TaxonomyEntry) value;
            boolean picked = presenter.form().themes().contains(entry.key());
            JLabel label = (JLabel) super.getListCellRendererComponent(list, (picked ? "\u2713 " : "    ") + entry.label(),
                    index, sel, focus);
            label.setIcon(new CategoryDot(CategoryColors.of(entry.category())));
            label.setIconTextGap(6);
            label.setToolTipText(entry.key());
            if (picked) {
                label.setFont(label.getFont().deriveFont(java.awt.Font.BOLD));
            }
            return label;
        }
    }

    private record CategoryDot(Color color) implements javax.swing.Icon {
        @Override
        public void paintIcon(Component c, java.awt.Graphics g, int x, int y) {
            g.setColor(color);
            g.fillRoundRect(x, y + 2, 9, 9, 3, 3);
        }

        @Override
        public int getIconWidth() {
            return 9;
        }

        @Override
        public int getIconHeight() {
            return 13;
        }
    }
}
