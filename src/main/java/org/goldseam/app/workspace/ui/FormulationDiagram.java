package org.goldseam.app.workspace.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.goldseam.app.ui.common.CategoryColors;
import org.goldseam.framework.model.FormulationRole;

/**
 * The shame cycle drawn as four linked boxes, clockwise: trigger → core belief → defense → cost →
 * back to the trigger. Each box takes its category's hue, the same as chips and the heat map.
 */
final class FormulationDiagram extends Painted {
    private static final long serialVersionUID = 1L;
    private static final int ARROW_GAP = 44;
    private static final int PAD = 10;
    private static final FormulationRole[] CLOCKWISE = {
        FormulationRole.TRIGGER, FormulationRole.CORE_BELIEF, FormulationRole.DEFENSE, FormulationRole.COST};
    private static final Map<FormulationRole, String> TITLES = Map.of(FormulationRole.TRIGGER, "Trigger",
            FormulationRole.CORE_BELIEF, "Core belief", FormulationRole.DEFENSE, "Defense", FormulationRole.COST, "Cost");

    private final Map<FormulationRole, List<String>> labels = new EnumMap<>(FormulationRole.class);
    private int laidOutWidth = 560;

    FormulationDiagram() {
        Views.named(this, "Formulation cycle");
        for (FormulationRole role : FormulationRole.values()) {
            labels.put(role, List.of());
        }
    }

    void show(Map<FormulationRole, List<String>> entries) {
        labels.clear();
        for (FormulationRole role : FormulationRole.values()) {
            labels.put(role, List.copyOf(entries.getOrDefault(role, List.of())));
        }
        getAccessibleContext().setAccessibleDescription(describe());
        revalidate();
        repaint();
    }

    /** The cycle in words for screen readers: "Trigger: x → Core belief: y → …". */
    String describe() {
        List<String> parts = new ArrayList<>();
        for (FormulationRole role : CLOCKWISE) {
            List<String> entries = labels.getOrDefault(role, List.of());
            parts.add(TITLES.get(role) + ": " + (entries.isEmpty() ? "not set" : String.join(", ", entries)));
        }
        return String.join(" → ", parts) + " → back to the trigger";
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        super.setBounds(x, y, width, height);
        if (width > 0 && width != laidOutWidth) {
            laidOutWidth = width;
            revalidate();
        }
    }

    @Override
    public Dimension getPreferredSize() {
        FontMetrics metrics = getFontMetrics(font());
        int boxWidth = boxWidth(laidOutWidth);
        int top = Math.max(boxHeight(FormulationRole.TRIGGER, boxWidth, metrics), boxHeight(FormulationRole.CORE_BELIEF, boxWidth, metrics));
        int bottom = Math.max(boxHeight(FormulationRole.COST, boxWidth, metrics), boxHeight(FormulationRole.DEFENSE, boxWidth, metrics));
        return new Dimension(360, top + bottom + ARROW_GAP);
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(300, getPreferredSize().height);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setFont(font());
        FontMetrics metrics = g2.getFontMetrics();
        int boxWidth = boxWidth(getWidth());
        int topHeight = Math.max(boxHeight(FormulationRole.TRIGGER, boxWidth, metrics), boxHeight(FormulationRole.CORE_BELIEF, boxWidth, metrics));
        int bottomHeight = Math.max(boxHeight(FormulationRole.COST, boxWidth, metrics), boxHeight(FormulationRole.DEFENSE, boxWidth, metrics));
        int rightX = boxWidth + ARROW_GAP;
        int bottomY = topHeight + ARROW_GAP;

        box(g2, FormulationRole.TRIGGER, 0, 0, boxWidth, topHeight, metrics);
        box(g2, FormulationRole.CORE_BELIEF, rightX, 0, boxWidth, topHeight, metrics);
        box(g2, FormulationRole.DEFENSE, rightX, bottomY, boxWidth, bottomHeight, metrics);
        box(g2, FormulationRole.COST, 0, bottomY, boxWidth, bottomHeight, metrics);

        g2.setColor(Views.mutedColor());
        g2.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int midTop = Math.min(topHeight / 2, 24);
        arrow(g2, boxWidth + 6, midTop, rightX - 6, midTop);
        arrow(g2, rightX + boxWidth / 2, topHeight + 6, rightX + boxWidth / 2, bottomY - 6);
        arrow(g2, rightX - 6, bottomY + Math.min(bottomHeight / 2, 24), boxWidth + 6, bottomY + Math.min(bottomHeight / 2, 24));
        arrow(g2, boxWidth / 2, bottomY - 6, boxWidth / 2, topHeight + 6);
        g2.dispose();
    }

    private void box(Graphics2D g2, FormulationRole role, int x, int y, int width, int height, FontMetrics metrics) {
        Color hue = CategoryColors.of(role.category());
        g2.setColor(CategoryColors.soft(hue, 0.16f));
        g2.fillRoundRect(x, y, width, height, 10, 10);
        g2.setColor(hue);
        g2.fillRoundRect(x, y, 5, height, 4, 4);
        Color text = UIManager.getColor("Label.foreground");
        int lineHeight = metrics.getHeight();
        int baseline = y + PAD + metrics.getAscent();
        g2.setFont(metrics.getFont().deriveFont(Font.BOLD));
        g2.setColor(text);
        g2.drawString(TITLES.get(role), x + PAD + 4, baseline);
        g2.setFont(metrics.getFont());
        baseline += lineHeight + 2;
        List<String> entries = labels.getOrDefault(role, List.of());
        if (entries.isEmpty()) {
            g2.setColor(Views.mutedColor());
            g2.drawString("not set", x + PAD + 4, baseline);
            return;
        }
        g2.setColor(text);
        for (String line : wrapped(entries, width - 2 * PAD - 4, metrics)) {
            g2.drawString(line, x + PAD + 4, baseline);
            baseline += lineHeight;
        }
    }

    private int boxHeight(FormulationRole role, int boxWidth, FontMetrics metrics) {
        int lines = Math.max(1, wrapped(labels.getOrDefault(role, List.of()), boxWidth - 2 * PAD - 4, metrics).size());
        return 2 * PAD + metrics.getHeight() + 2 + lines * metrics.getHeight();
    }

    private static int boxWidth(int width) {
        return Math.max(120, (width - ARROW_GAP) / 2);
    }

    private Font font() {
        return UIManager.getFont("Label.font");
    }

    /** Each entry starts a new line with a bullet; long ones wrap at word boundaries. */
    static List<String> wrapped(List<String> entries, int width, FontMetrics metrics) {
        List<String> lines = new ArrayList<>();
        for (String entry : entries) {
            StringBuilder line = new StringBuilder("• ");
            for (String word : entry.split("\\s+")) {
                String candidate = line.length() <= 2 ? line + word : line + " " + word;
                if (metrics.stringWidth(candidate) > width && line.length() > 2) {
                    lines.add(line.toString());
                    line = new StringBuilder("   ").append(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static void arrow(Graphics2D g2, int x1, int y1, int x2, int y2) {
        g2.drawLine(x1, y1, x2, y2);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        int size = 7;
        Polygon head = new Polygon();
        head.addPoint(x2, y2);
        head.addPoint((int) Math.round(x2 - size * Math.cos(angle - 0.45)), (int) Math.round(y2 - size * Math.sin(angle - 0.45)));
        head.addPoint((int) Math.round(x2 - size * Math.cos(angle + 0.45)), (int) Math.round(y2 - size * Math.sin(angle + 0.45)));
        g2.fillPolygon(head);
    }
}
