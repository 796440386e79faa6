package org.goldseam.app.workspace.ui;

import org.jspecify.annotations.Nullable;

/**
 * Where the clinician was when the vault locked, so unlocking returns there: the client, the tab,
 * the open note and the caret in the section being written.
 */
public record Place(@Nullable Long clientId, int tab, @Nullable Long noteId, @Nullable String section, int caret) {
}
