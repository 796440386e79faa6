package org.goldseam.app.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The desktop texts kept in the {@code desktop} resource bundle (About dialog, single-window start). */
final class DesktopWords {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.goldseam.app.ui.desktop");

    private DesktopWords() {
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }

    static String format(String key, Object... values) {
        return new MessageFormat(BUNDLE.getString(key), Locale.getDefault()).format(values);
    }
}
