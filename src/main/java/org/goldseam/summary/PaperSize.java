package org.goldseam.summary;

/** The page size of a summary: A4 in most of the world, US Letter in North America. */
public enum PaperSize {
    A4("A4"),
    LETTER("letter");

    private final String css;

    PaperSize(String css) {
        this.css = css;
    }

    /** The value of the CSS {@code @page size} property. */
    public String css() {
        return css;
    }
}
