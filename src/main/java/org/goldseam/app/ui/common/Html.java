package org.goldseam.app.ui.common;
import org.jspecify.annotations.Nullable;

/** Escapes text for Swing's HTML labels: a client's name must never be read as markup. */
public final class Html {
    private Html() {
    }

    public static String escape(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\n", "<br>");
    }
}
