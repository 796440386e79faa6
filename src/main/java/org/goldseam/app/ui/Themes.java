package org.goldseam.app.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.util.SystemInfo;
import java.awt.Window;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.goldseam.app.preferences.ThemeChoice;

/** Applies the look and feel: light, dark or following the system, at the chosen font size. */
public final class Themes {
    private static boolean registered;

    private Themes() {
    }

    public static void apply(ThemeChoice choice, int fontSize) {
        if (!registered) {
            // Goldseam's colours live in FlatLightLaf.properties / FlatDarkLaf.properties beside this class
            FlatLaf.registerCustomDefaultsSource("org.goldseam.app.ui.themes");
            registered = true;
        }
        boolean dark = switch (choice) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> systemPrefersDark();
        };
        // FlatLaf scales every component from the default font, so one setting serves accessibility
        UIManager.put("defaultFont", null);
        System.setProperty("flatlaf.uiScale.enabled", "true");
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        java.awt.Font base = UIManager.getFont("defaultFont");
        if (base != null && fontSize > 0) {
            UIManager.put("defaultFont", base.deriveFont((float) fontSize));
        }
        for (Window window : Window.getWindows()) {
            SwingUtilities.updateComponentTreeUI(window);
        }
    }

    /** FlatLaf cannot read the desktop's dark mode on every platform; where it cannot, light it is. */
    private static boolean systemPrefersDark() {
        if (SystemInfo.isMacOS) {
            String style = System.getProperty("apple.awt.application.appearance", "");
            return style.contains("dark");
        }
        String gtkTheme = System.getenv("GTK_THEME");
        return gtkTheme != null && gtkTheme.toLowerCase(java.util.Locale.ROOT).contains("dark");
    }
}
