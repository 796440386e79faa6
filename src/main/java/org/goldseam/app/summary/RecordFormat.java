package org.goldseam.app.summary;

/** Which files a record export writes: both (the default), the PDF for reading, or the JSON for another program. */
public enum RecordFormat {
    BOTH("PDF and JSON"), PDF("PDF only"), JSON("JSON only");

    private final String label;

    RecordFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean pdf() {
        return this != JSON;
    }

    public boolean json() {
        return this != PDF;
    }
}
