package org.goldseam.search.text;

import java.util.Locale;

/** Where in the record words were found; each is its own field of the index. */
public enum TextSource {
    /** The note body: its DAP, SOAP, BIRP or free-text sections. */
    NOTE("notes"),
    ADDENDUM("addenda"),
    /** The client's own words, recorded with a theme observation. */
    QUOTE("quotes"),
    /** Inner-critic lines heard in the session. */
    INNER_CRITIC("critic"),
    /** Psychotherapy notes: searched and shown only when the clinician includes them. */
    PRIVATE("private");

    private final String field;

    TextSource(String field) {
        this.field = field;
    }

    /** The stemmed field. */
    String field() {
        return field;
    }

    /** The field of whole words, for prefixes. */
    String exactField() {
        return field + "_exact";
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
