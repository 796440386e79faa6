package org.goldseam.app.ui.common;

import java.awt.Color;
import javax.swing.UIManager;
import org.goldseam.framework.model.Category;

/** The hue of each taxonomy category, from the theme's properties (the same in chips, heat maps and charts). */
public final class CategoryColors {
    private CategoryColors() {
    }

    public static Color of(Category category) {
        Color color = UIManager.getColor("Goldseam.category." + category.code());
        return color != null ? color : Color.GRAY;
    }

    /** The accent (the gold "seam") for focus, selection and primary actions. */
    public static Color accent() {
        Color color = UIManager.getColor("Goldseam.accent");
        return color != null ? color : new Color(0xa8841f);
    }

    /** A version of {@code color} blended towards the panel background, for large filled areas. */
    public static Color soft(Color color, float strength) {
        Color background = UIManager.getColor("Panel.background");
        if (background == null) {
            background = Color.WHITE;
        }
        float keep = 1 - strength;
        return new Color(
                Math.round(color.getRed() * strength + background.getRed() * keep),
                Math.round(color.getGreen() * strength + background.getGreen() * keep),
                Math.round(color.getBlue() * strength + background.getBlue() * keep));
    }
}
