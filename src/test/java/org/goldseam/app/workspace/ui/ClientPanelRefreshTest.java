package org.goldseam.app.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.testing.Headless;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * After an autosave the Sessions tab reloads its own list once; the other tabs (overview with a
 * query per goal and instrument, measures, the heat map) are not reloaded behind the editor, only
 * when the clinician next looks at them, and then once however many saves came in between.
 */
class ClientPanelRefreshTest {
    @BeforeAll
    static void noDisplayNeeded() {
        Headless.whenNoDisplay();
    }

    /** A tab that counts its reloads. */
    private static final class CountingTab implements ClientTab {
        private final String title;
        private final JPanel panel = new JPanel();
        int refreshes;

        CountingTab(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public JComponent component() {
            return panel;
        }

        @Override
        public void showClient(long clientId) {
        }

        @Override
        public void refresh() {
            refreshes++;
        }

        @Override
        public void clear() {
        }
    }

    @Test
    void savesReloadNothingBehindTheEditorAndAHiddenTabOnceWhenShown() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            ClientPanel panel = new ClientPanel(null, BackgroundTasks.synchronous(), null, "Dr Ada Imaginary", () -> { });
            CountingTab overview = new CountingTab("Overview");
            CountingTab sessions = new CountingTab("Sessions");
            CountingTab measures = new CountingTab("Measures");
            CountingTab themes = new CountingTab("Themes");
            for (CountingTab tab : new CountingTab[] {overview, sessions, measures, themes}) {
                panel.addTab(tab);
            }
            panel.tabs().setSelectedComponent(sessions.component());

            for (int save = 0; save < 5; save++) {
                panel.noteStoredBy(sessions); // what each autosave of the editor reports
            }

            assertThat(sessions.refreshes).as("the Sessions tab reloads itself; the panel adds nothing").isZero();
            assertThat(overview.refreshes + measures.refreshes + themes.refreshes).as("hidden tabs after 5 saves").isZero();

            panel.tabs().setSelectedComponent(overview.component());
            panel.tabs().setSelectedComponent(themes.component());
            panel.tabs().setSelectedComponent(overview.component());

            assertThat(overview.refreshes).as("the overview, shown twice after the saves").isEqualTo(1);
            assertThat(themes.refreshes).isEqualTo(1);
            assertThat(measures.refreshes).as("never shown").isZero();

            // a save while another tab is on screen (a note signed from the menu) reloads that tab at once
            panel.noteStoredBy(sessions);
            assertThat(overview.refreshes).isEqualTo(2);
        });
    }
}
