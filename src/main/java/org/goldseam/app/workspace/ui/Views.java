package org.goldseam.app.workspace.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.event.ActionListener;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.border.EmptyBorder;
import org.jspecify.annotations.Nullable;

/** Small building blocks shared by the workspace tabs, so they look and read alike. */
final class Views {
    private Views() {
    }

    /** Gives {@code component} the name a screen reader announces. */
    static <T extends JComponent> T named(T component, String accessibleName) {
        component.getAccessibleContext().setAccessibleName(accessibleName);
        return component;
    }

    static JLabel title(String text) {
        JLabel label = new JLabel(text);
        label.putClientProperty("FlatLaf.styleClass", "h3");
        return label;
    }

    static JLabel muted(String text) {
        JLabel label = new JLabel(text);
        label.setForeground(mutedColor());
        return label;
    }

    static JLabel small(String text) {
        JLabel label = muted(text);
        label.putClientProperty("FlatLaf.styleClass", "small");
        return label;
    }

    static Color mutedColor() {
        Color color = UIManager.getColor("Goldseam.muted");
        return color != null ? color : Color.GRAY;
    }

    /** The theme's hairline colour, for separators and grid lines. */
    static Color borderColor() {
        Color color = UIManager.getColor("Component.borderColor");
        return color != null ? color : Color.LIGHT_GRAY;
    }

    static Color riskColor() {
        Color color = UIManager.getColor("Goldseam.risk");
        return color != null ? color : new Color(0xc0392b);
    }

    /** Wrapping, selectable text that looks like a label: for narratives, quotes and answers. */
    static JTextArea text(String text, String accessibleName) {
        JTextArea area = new JTextArea(text);
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setBorder(new EmptyBorder(0, 0, 0, 0));
        area.setFont(UIManager.getFont("Label.font"));
        area.setFocusable(true);
        return named(area, accessibleName);
    }

    static JTextArea italic(String text, String accessibleName) {
        JTextArea area = text(text, accessibleName);
        area.setFont(area.getFont().deriveFont(Font.ITALIC));
        return area;
    }

    /** A quiet button for secondary actions ("Record new version…"): text only until hovered. */
    static JButton action(String text, String accessibleName, @Nullable ActionListener listener) {
        JButton button = new JButton(text);
        button.putClientProperty("JButton.buttonType", "borderless");
        button.setForeground(UIManager.getColor("Component.accentColor"));
        button.addActionListener(listener);
        return named(button, accessibleName);
    }

    /** Keeps a quiet action at the start of its line, its text in line with the text above. */
    static JComponent leftAligned(JComponent component) {
        javax.swing.JPanel line = new javax.swing.JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 0, 0));
        line.add(component);
        return line;
    }

    static JButton primary(String text, String accessibleName, ActionListener listener) {
        JButton button = new JButton(text);
        button.addActionListener(listener);
        return named(button, accessibleName);
    }
}
