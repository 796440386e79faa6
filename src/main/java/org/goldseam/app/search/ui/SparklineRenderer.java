package org.goldseam.app.search.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.RenderingHints;
import java.util.List;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.TableCellRenderer;
import org.goldseam.app.ui.common.CategoryColors;
import org.goldseam.search.model.SparkPoint;
import org.jspecify.annotations.Nullable;

/**
 * The sparkline column: one bar per session of the client's window, oldest on the left, as tall as
 * the searched themes' intensity (0–10); a session that does not match is a small dot on the base line.
 */
final class SparklineRenderer extends javax.swing.JPanel implements TableCellRenderer {
    private static final long serialVersionUID = 1L;
    private static final int MAX_BAR = 6;
    private transient List<SparkPoint> points = List.of();
    private boolean selected;
    private transient @Nullable JTable table;

    @Override
    public Component getTableCellRendererComponent(JTable owner, Object value, boolean isSelected, boolean hasFocus,
                                                   int row, int column) {
        table = owner;
        selected = isSelected;
        points = value instanceof List<?> list ? list.stream().filter(SparkPoint.class::isInstance)
                .map(SparkPoint.class::cast).toList() : List.of();
        long matching = points.stream().filter(p -> p.intensity() != null).count();
        getAccessibleContext().setAccessibleName(matching + " of " + points.size() + " sessions match");
        setToolTipText(points.isEmpty() ? null : matching + " of " + points.size() + " sessions in the window match");
        return this;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        JTable owner = table;
        if (owner == null) { // only ever painted as a table's cell, after the table asked for it
            return;
        }
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(selected ? owner.getSelectionBackground() : owner.getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            if (points.isEmpty()) {
                return;
            }
            int left = 6;
            int top = 5;
            int height = getHeight() - 2 * top;
            int width = getWidth() - 2 * left;
            // bars shrink to fit a long window; a gap of 1 px keeps them apart
            int step = Math.max(2, Math.min(MAX_BAR + 2, width / points.size()));
            int bar = Math.max(1, step - 1);
            Color on = selected ? owner.getSelectionForeground() : CategoryColors.accent();
            Color off = muted();
            int base = top + height;
            for (int i = 0; i < points.size() && left + i * step + bar <= getWidth(); i++) {
                Integer intensity = points.get(i).intensity();
                int x = left + i * step;
                if (intensity == null) {
                    g.setColor(off);
                    g.fillRect(x, base - 1, bar, 1);
                } else {
                    int h = Math.max(2, Math.round(height * Math.min(10, intensity) / 10f));
                    g.setColor(on);
                    g.fillRect(x, base - h, bar, h);
                }
            }
        } finally {
            g.dispose();
        }
    }

    private static Color muted() {
        Color color = UIManager.getColor("Goldseam.muted");
        return color != null ? color : Color.GRAY;
    }
}
