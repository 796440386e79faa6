package org.goldseam.framework.measure;

/** One item of an instrument; a reverse-scored item counts as min + max - answer. */
public record Item(int number, String text, boolean reverse) {
    public Item {
        if (number < 1) {
            throw new IllegalArgumentException("item numbers start at 1");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("item " + number + " needs a text");
        }
    }
}
