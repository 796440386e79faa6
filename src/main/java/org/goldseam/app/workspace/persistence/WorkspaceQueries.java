package org.goldseam.app.workspace.persistence;

import org.goldseam.vault.Vault;

/** Builds the workspace's own queries on an open vault, so presenters never touch jOOQ types. */
public final class WorkspaceQueries {
    private WorkspaceQueries() {
    }

    public static ThemeObservationQuery themeObservations(Vault vault) {
        return new ThemeObservationQuery(vault.database().dsl());
    }
}
