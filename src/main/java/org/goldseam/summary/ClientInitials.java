package org.goldseam.summary;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Initials of a name for a summary that must not show it in full: the first letter of each part,
 * hyphenated parts kept hyphenated ("Zoë Łukasz-Ørsted" gives "Z. Ł.-Ø."). A letter is a whole
 * grapheme, so accents written as combining marks stay on their letter.
 */
public final class ClientInitials {
    private ClientInitials() {
    }

    public static String of(String fullName) {
        StringJoiner words = new StringJoiner(" ");
        for (String word : fullName.strip().split("\\s+")) {
            StringJoiner parts = new StringJoiner("-");
            for (String part : word.split("-")) {
                if (!part.isEmpty()) {
                    parts.add(firstGrapheme(part).toUpperCase(Locale.ROOT) + ".");
                }
            }
            if (parts.length() > 0) {
                words.add(parts.toString());
            }
        }
        return words.toString();
    }

    private static String firstGrapheme(String text) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        return text.substring(0, graphemes.next());
    }
}
