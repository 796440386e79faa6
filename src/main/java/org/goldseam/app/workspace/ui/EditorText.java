package org.goldseam.app.workspace.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The editor's words, from the {@code editor} resource bundle beside this class. */
final class EditorText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.goldseam.app.workspace.ui.editor", Locale.ROOT);

    private EditorText() {
    }

    static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
