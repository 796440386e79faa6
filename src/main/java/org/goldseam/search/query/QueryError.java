package org.goldseam.search.query;

/**
 * Why a query could not be read, and where.
 *
 * @param position 0-based index into the query text of the character the problem starts at
 * @param message  what is wrong and what was expected, in words a clinician can act on
 */
public record QueryError(int position, String message) {
    /** The message with the query underneath and a caret under the problem, for terminals. */
    public String describe(String query) {
        String oneLine = query.replaceAll("\\R", " ");
        int caret = Math.max(0, Math.min(position, oneLine.length()));
        return message + " (at character " + (caret + 1) + ")\n  " + oneLine + "\n  " + " ".repeat(caret) + "^";
    }
}
