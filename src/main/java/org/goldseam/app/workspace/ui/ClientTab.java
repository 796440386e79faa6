package org.goldseam.app.workspace.ui;

import javax.swing.JComponent;

/**
 * One tab of the client workspace (Overview, Sessions, Measures, Themes). Each loads its own data
 * off the event thread when a client is shown, and forgets all of it when the vault locks.
 */
public interface ClientTab {
    /** The tab's title, e.g. "Measures". */
    String title();

    JComponent component();

    /** Show this client; load in the background and show progress while loading. */
    void showClient(long clientId);

    /** The client's data changed (a note was saved or signed): reload what is shown. */
    void refresh();

    /** Drop every client datum from memory and from the components: the vault is locking. */
    void clear();
}
