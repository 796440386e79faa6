package org.goldseam.app.workspace.ui;

/**
 * Where the clinician was when the vault locked, so unlocking returns there: the client, the tab,
 * the open note and the caret in the section being written.
 */
public record Place(Long clientId, int tab, Long noteId, String section, int caret) {
}
