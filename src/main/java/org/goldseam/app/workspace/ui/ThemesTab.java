package org.goldseam.app.workspace.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.EnumSet;
import java.util.Set;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.ui.common.CategoryColors;
import org.goldseam.app.workspace.Formats;
import org.goldseam.app.workspace.PresenterProperty;
import org.goldseam.app.workspace.ThemeHeatMapModel;
import org.goldseam.framework.model.Category;

/** The Themes tab: the heat map of this client's themes over the sessions, with its legend. */
public final class ThemesTab implements ClientTab {
    private final ThemeHeatMapModel model;
    private final HeatMapView heatMap;
    private final TabFrame frame;
    private final JLabel summary = Views.muted(" ");
    private final JLabel selection = Views.muted(" ");
    private final JPanel legend = new JPanel(new MigLayout("insets 0, gap 6 2", ""));
    private final JComboBox<String> order = new JComboBox<>(new String[] {"Grouped by category", "Most frequent first"});

    public ThemesTab(VaultServices services, BackgroundTasks tasks) {
        this(new ThemeHeatMapModel(services, tasks));
    }

    ThemesTab(ThemeHeatMapModel model) {
        this.model = model;
        this.heatMap = new HeatMapView(model);
        Views.named(order, "Order of the themes");
        Views.named(summary, "Themes and sessions shown");
        Views.named(selection, "Highlighted cell");
        order.addActionListener(e -> model.setOrder(order.getSelectedIndex() == 0
                ? ThemeHeatMapModel.Order.CATEGORY : ThemeHeatMapModel.Order.FREQUENCY));

        JPanel toolbar = new JPanel(new MigLayout("insets 0, fillx", "[][grow][]"));
        toolbar.add(summary);
        toolbar.add(new JLabel(), "growx");
        JLabel orderLabel = new JLabel("Rows:");
        orderLabel.setLabelFor(order);
        toolbar.add(orderLabel, "split 2");
        toolbar.add(order);

        JPanel content = new JPanel(new MigLayout("insets 4 16 12 16, fill, wrap 1", "[grow, fill]", "[grow, fill][][]"));
        content.add(heatMap.component());
        content.add(selection, "gaptop 6");
        content.add(legend, "gaptop 4");
        heatMap.onSelection(text -> selection.setText(text == null
                ? "Point at a cell, or click the map and use the arrow keys, to read a session's entry."
                : text));

        frame = new TabFrame("Themes", toolbar, content, "Choose a client to see their themes over time.");
        frame.bind(model);
        model.addListener(PresenterProperty.DATA, e -> gridChanged());
        model.addListener(PresenterProperty.OPTIONS, e -> gridChanged());
        gridChanged();
    }

    @Override
    public String title() {
        return "Themes";
    }

    @Override
    public JComponent component() {
        return frame;
    }

    @Override
    public void showClient(long clientId) {
        model.showClient(clientId);
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public void clear() {
        model.clear();
    }

    ThemeHeatMapModel model() {
        return model;
    }

    HeatMapView heatMap() {
        return heatMap;
    }

    private void gridChanged() {
        ThemeHeatMapModel.Grid grid = model.grid();
        order.setSelectedIndex(model.order() == ThemeHeatMapModel.Order.CATEGORY ? 0 : 1);
        if (model.data() == null) {
            summary.setText(" ");
        } else if (grid.isEmpty()) {
            summary.setText(grid.columns().isEmpty() ? "No sessions yet." : "No themes noted in "
                    + grid.columns().size() + (grid.columns().size() == 1 ? " session" : " sessions") + " yet.");
        } else {
            summary.setText(grid.rows().size() + " themes across " + grid.columns().size() + " sessions, "
                    + Formats.date(grid.columns().get(0).date()) + " to "
                    + Formats.date(grid.columns().get(grid.columns().size() - 1).date()));
        }
        heatMap.gridChanged();
        rebuildLegend(grid);
    }

    /** Only the categories on the map, then the intensity scale. */
    private void rebuildLegend(ThemeHeatMapModel.Grid grid) {
        legend.removeAll();
        Set<Category> shown = EnumSet.noneOf(Category.class);
        grid.rows().forEach(r -> shown.add(r.category()));
        for (Category category : shown) {
            legend.add(new Swatch(CategoryColors.of(category), 10));
            legend.add(Views.small(Formats.sentence(Formats.words(category.code()))), "gapright 10");
        }
        if (!shown.isEmpty()) {
            legend.add(Views.small("intensity 0"), "gapleft 14");
            for (int intensity = 0; intensity <= 10; intensity += 2) {
                legend.add(new Swatch(HeatMapView.fill(CategoryColors.accent(), intensity), 14), "gap 1");
            }
            legend.add(Views.small("10 · blank: not noted that session"));
        }
        legend.revalidate();
        legend.repaint();
    }

    /** A small filled square. */
    static final class Swatch extends Painted {
        private static final long serialVersionUID = 1L;
        private final Color color;
        private final int size;

        Swatch(Color color, int size) {
            this.color = color;
            this.size = size;
        }

        @Override
        public Dimension getPreferredSize() {
            return new Dimension(size, size);
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(color);
            g2.fillRoundRect(0, (getHeight() - size) / 2, size, size, 3, 3);
            g2.dispose();
        }
    }
}
