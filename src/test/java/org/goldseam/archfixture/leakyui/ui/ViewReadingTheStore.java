package org.goldseam.archfixture.leakyui.ui;

import org.goldseam.archfixture.leakyui.persistence.ClientStore;

/** Fixture: a view that reads a repository itself instead of asking its presenter (breaks the rule on purpose). */
public final class ViewReadingTheStore {
    public String title(long id) {
        return new ClientStore().name(id);
    }
}
