package org.goldseam.app.workspace.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;
import org.goldseam.app.ui.common.CategoryColors;
import org.goldseam.app.workspace.ThemeHeatMapModel;
import org.goldseam.notes.ThemeObservationRow;
import org.jspecify.annotations.Nullable;

/**
 * The theme × session grid. Cells, the theme labels on the left and the dates on top are three
 * components sharing one geometry, so the labels stay in view while the grid scrolls. Arrow keys
 * move a highlighted cell whose description is announced, for clinicians who do not use a mouse.
 */
final class HeatMapView {
    static final int CELL = 22;
    static final int GAP = 3;
    static final int GROUP_GAP = 10;
    private static final int HEADER_HEIGHT = 40;

    private final ThemeHeatMapModel model;
    private final Cells cells = new Cells();
    private final RowHeader rowHeader = new RowHeader();
    private final ColumnHeader columnHeader = new ColumnHeader();
    private final JScrollPane scroll = new JScrollPane(cells);
    private Consumer<String> onSelection = text -> { };
    private int selectedRow = -1;
    private int selectedColumn = -1;
    private int[] rowTops = new int[0];

    HeatMapView(ThemeHeatMapModel model) {
        this.model = model;
        scroll.setRowHeaderView(rowHeader);
        scroll.setColumnHeaderView(columnHeader);
        scroll.setBorder(null);
        scroll.setCorner(JScrollPane.UPPER_LEFT_CORNER, new javax.swing.JPanel());
        scroll.getVerticalScrollBar().setUnitIncrement(CELL);
        scroll.getHorizontalScrollBar().setUnitIncrement(CELL);
        Views.named(cells, "Theme intensity by session");
        ToolTipManager.sharedInstance().registerComponent(cells);
        ToolTipManager.sharedInstance().registerComponent(rowHeader);
        cells.setFocusable(true);
        cells.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                cells.requestFocusInWindow();
                Point cell = cellAt(e.getPoint());
                if (cell != null) {
                    select(cell.y, cell.x);
                }
            }
        });
        cells.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                move(e);
            }
        });
    }

    JScrollPane component() {
        return scroll;
    }

    JComponent cells() {
        return cells;
    }

    void onSelection(Consumer<String> listener) {
        this.onSelection = listener;
    }

    /** The grid changed (new client, new order): lay out again and forget the highlighted cell. */
    void gridChanged() {
        ThemeHeatMapModel.Grid grid = model.grid();
        rowTops = new int[grid.rows().size()];
        int y = 0;
        for (int i = 0; i < rowTops.length; i++) {
            boolean newGroup = i > 0 && model.order() == ThemeHeatMapModel.Order.CATEGORY
                    && grid.rows().get(i).category() != grid.rows().get(i - 1).category();
            y += newGroup ? GROUP_GAP : 0;
            rowTops[i] = y;
            y += CELL + GAP;
        }
        selectedRow = -1;
        selectedColumn = -1;
        onSelection.accept(null);
        for (JComponent part : new JComponent[] {cells, rowHeader, columnHeader}) {
            part.revalidate();
            part.repaint();
        }
    }

    int rowCount() {
        return rowTops.length;
    }

    /** The on-screen rectangle of a cell, in the grid component's coordinates. */
    Rectangle cellBounds(int row, int column) {
        return new Rectangle(column * (CELL + GAP), rowTops[row], CELL, CELL);
    }

    private @Nullable Point cellAt(Point p) {
        int column = p.x / (CELL + GAP);
        if (column >= model.grid().columns().size()) {
            return null;
        }
        for (int row = 0; row < rowTops.length; row++) {
            if (p.y >= rowTops[row] && p.y < rowTops[row] + CELL) {
                return new Point(column, row);
            }
        }
        return null;
    }

    private void move(KeyEvent e) {
        ThemeHeatMapModel.Grid grid = model.grid();
        if (grid.isEmpty() || grid.columns().isEmpty()) {
            return;
        }
        int row = Math.max(selectedRow, 0);
        int column = selectedColumn < 0 ? 0 : selectedColumn;
        switch (e.getKeyCode()) {
            case KeyEvent.VK_LEFT -> column = Math.max(0, column - (selectedColumn < 0 ? 0 : 1));
            case KeyEvent.VK_RIGHT -> column = Math.min(grid.columns().size() - 1, column + (selectedColumn < 0 ? 0 : 1));
            case KeyEvent.VK_UP -> row = Math.max(0, row - (selectedRow < 0 ? 0 : 1));
            case KeyEvent.VK_DOWN -> row = Math.min(grid.rows().size() - 1, row + (selectedRow < 0 ? 0 : 1));
            case KeyEvent.VK_HOME -> column = 0;
            case KeyEvent.VK_END -> column = grid.columns().size() - 1;
            default -> {
                return;
            }
        }
        e.consume();
        select(row, column);
    }

    private void select(int row, int column) {
        selectedRow = row;
        selectedColumn = column;
        Rectangle bounds = cellBounds(row, column);
        cells.scrollRectToVisible(new Rectangle(bounds.x - GAP, bounds.y - GAP, CELL + 2 * GAP, CELL + 2 * GAP));
        String text = model.describe(row, column);
        cells.getAccessibleContext().setAccessibleDescription(text);
        onSelection.accept(text);
        cells.repaint();
    }

    /** Colour depth follows intensity: 0 is an outline only, 10 the full category hue. */
    static Color fill(Color hue, int intensity) {
        return CategoryColors.soft(hue, 0.14f + 0.86f * intensity / 10f);
    }

    private static Graphics2D smooth(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g2;
    }

    private int gridHeight() {
        return rowTops.length == 0 ? 0 : rowTops[rowTops.length - 1] + CELL + GAP;
    }

    private final class Cells extends Painted {
        private static final long serialVersionUID = 1L;

        @Override
        public Dimension getPreferredSize() {
            return new Dimension(model.grid().columns().size() * (CELL + GAP), gridHeight());
        }

        @Override
        public @Nullable String getToolTipText(MouseEvent event) {
            Point cell = cellAt(event.getPoint());
            if (cell == null || model.grid().cell(cell.y, cell.x) == null) {
                return null;
            }
            return model.describe(cell.y, cell.x);
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = smooth(g);
            ThemeHeatMapModel.Grid grid = model.grid();
            Color line = Views.borderColor();
            for (int row = 0; row < grid.rows().size(); row++) {
                Color hue = CategoryColors.of(grid.rows().get(row).category());
                for (int column = 0; column < grid.columns().size(); column++) {
                    Rectangle r = cellBounds(row, column);
                    ThemeObservationRow cell = grid.cell(row, column);
                    if (cell == null) {
                        // a faint dot keeps rows readable across long gaps without filling them
                        g2.setColor(line);
                        g2.fillOval(r.x + CELL / 2 - 1, r.y + CELL / 2 - 1, 3, 3);
                        continue;
                    }
                    g2.setColor(fill(hue, cell.intensity()));
                    g2.fillRoundRect(r.x, r.y, CELL, CELL, 5, 5);
                    g2.setColor(hue);
                    g2.drawRoundRect(r.x, r.y, CELL - 1, CELL - 1, 5, 5);
                }
            }
            if (selectedRow >= 0 && isFocusOwner()) {
                Rectangle r = cellBounds(selectedRow, selectedColumn);
                g2.setColor(CategoryColors.accent());
                g2.setStroke(new java.awt.BasicStroke(2f));
                g2.drawRoundRect(r.x - 2, r.y - 2, CELL + 3, CELL + 3, 7, 7);
            }
            g2.dispose();
        }
    }

    private final class RowHeader extends Painted {
        private static final long serialVersionUID = 1L;

        @Override
        public @Nullable String getToolTipText(MouseEvent event) {
            for (int row = 0; row < rowTops.length; row++) {
                if (event.getY() >= rowTops[row] && event.getY() < rowTops[row] + CELL) {
                    ThemeHeatMapModel.Row theme = model.grid().rows().get(row);
                    return theme.label() + " · " + theme.category().code().replace('_', ' ') + " · noted in "
                            + theme.sessions() + (theme.sessions() == 1 ? " session" : " sessions");
                }
            }
            return null;
        }

        @Override
        public Dimension getPreferredSize() {
            FontMetrics metrics = getFontMetrics(UIManager.getFont("Label.font"));
            int widest = model.grid().rows().stream().mapToInt(r -> metrics.stringWidth(r.label())).max().orElse(0);
            return new Dimension(Math.min(280, widest + 36), gridHeight());
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = smooth(g);
            g2.setFont(UIManager.getFont("Label.font"));
            FontMetrics metrics = g2.getFontMetrics();
            ThemeHeatMapModel.Grid grid = model.grid();
            int width = getWidth();
            for (int row = 0; row < grid.rows().size(); row++) {
                ThemeHeatMapModel.Row theme = grid.rows().get(row);
                int top = rowTops[row];
                g2.setColor(CategoryColors.of(theme.category()));
                g2.fillRoundRect(8, top + CELL / 2 - 5, 10, 10, 3, 3);
                g2.setColor(UIManager.getColor("Label.foreground"));
                g2.setFont(row == selectedRow ? metrics.getFont().deriveFont(java.awt.Font.BOLD) : metrics.getFont());
                String label = fit(theme.label(), metrics, width - 36);
                g2.drawString(label, 26, top + (CELL + metrics.getAscent() - metrics.getDescent()) / 2);
            }
            g2.dispose();
        }
    }

    private final class ColumnHeader extends Painted {
        private static final long serialVersionUID = 1L;

        @Override
        public Dimension getPreferredSize() {
            return new Dimension(model.grid().columns().size() * (CELL + GAP), HEADER_HEIGHT);
        }

        /** Month names where a month starts (when there is room before the next), day numbers under every column. */
        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = smooth(g);
            g2.setFont(UIManager.getFont("Label.font").deriveFont(UIManager.getFont("Label.font").getSize2D() - 1f));
            FontMetrics metrics = g2.getFontMetrics();
            int baseline = HEADER_HEIGHT - 8;
            var columns = model.grid().columns();
            java.util.List<Integer> starts = new java.util.ArrayList<>();
            for (int column = 0; column < columns.size(); column++) {
                LocalDate date = columns.get(column).date();
                LocalDate before = column == 0 ? null : columns.get(column - 1).date();
                if (before == null || before.getMonth() != date.getMonth() || before.getYear() != date.getYear()) {
                    starts.add(column);
                }
            }
            LocalDate labelled = null;
            for (int i = 0; i < starts.size(); i++) {
                int column = starts.get(i);
                LocalDate date = columns.get(column).date();
                int x = column * (CELL + GAP);
                int room = (i + 1 < starts.size() ? starts.get(i + 1) : columns.size()) * (CELL + GAP) - x;
                boolean newYear = labelled == null || labelled.getYear() != date.getYear();
                String month = date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + (newYear ? " " + date.getYear() : "");
                g2.setColor(Views.borderColor());
                g2.drawLine(x, baseline - metrics.getHeight() + 3, x, baseline + 4);
                if (metrics.stringWidth(month) + 6 <= room) {
                    g2.setColor(UIManager.getColor("Label.foreground"));
                    g2.drawString(month, x + 3, baseline - metrics.getHeight());
                    labelled = date;
                }
            }
            g2.setColor(Views.mutedColor());
            for (int column = 0; column < columns.size(); column++) {
                String day = String.valueOf(columns.get(column).date().getDayOfMonth());
                int x = column * (CELL + GAP);
                g2.drawString(day, x + (CELL - metrics.stringWidth(day)) / 2, baseline);
            }
            g2.dispose();
        }
    }

    static String fit(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
