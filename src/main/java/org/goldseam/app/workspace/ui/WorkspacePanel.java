package org.goldseam.app.workspace.ui;

import java.awt.CardLayout;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.SwingConstants;
import org.goldseam.app.lock.ui.LockGuard;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.workspace.ClientListPresenter;
import org.goldseam.app.workspace.ClientRow;
import org.goldseam.app.workspace.NoteEditorPresenter;
import org.goldseam.app.workspace.Problems;
import org.goldseam.app.workspace.Scheduler;
import org.goldseam.app.workspace.TaxonomyIndex;
import org.goldseam.clients.ClientDetails;
import org.jspecify.annotations.Nullable;

/** The unlocked app: clients on the left, the chosen client's workspace on the right. */
public final class WorkspacePanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient VaultServices services;
    private final transient BackgroundTasks tasks;
    private final transient Supplier<AppPreferences> preferences;
    private final JFrame owner;
    private final transient ClientListPresenter clients;
    private final ClientListPanel listPanel;
    private final ClientPanel clientPanel;
    private final transient SessionsTab sessions;
    private final transient OverviewTab overview;
    private transient @Nullable TaxonomyEditorWindow taxonomyEditor;
    private final CardLayout rightCards = new CardLayout();
    private final JPanel right = new JPanel(rightCards);
    private @Nullable Long currentClient;
    /** New note, Sign note… and Progress summary…: enabled only while they can do something. */
    private final Action newNoteAction;
    private final Action signAction;
    private final Action summaryAction;

    public WorkspacePanel(VaultServices services, BackgroundTasks tasks, Scheduler scheduler,
                          Supplier<AppPreferences> preferences, JFrame owner) {
        super(new java.awt.BorderLayout());
        this.services = services;
        this.tasks = tasks;
        this.preferences = preferences;
        this.owner = owner;
        ZoneId zone = services.clock().getZone();
        this.clients = new ClientListPresenter(services, tasks, zone);
        this.listPanel = new ClientListPanel(clients, this::chooseClient, this::newClient);
        this.clientPanel = new ClientPanel(services, tasks, owner, preferences.get().auditActor(), clients::load);
        this.sessions = new SessionsTab(services, tasks, scheduler, preferences, owner, zone, this::noteStored);
        this.overview = new OverviewTab(services, tasks);
        MeasuresTab measures = new MeasuresTab(services, tasks);
        this.newNoteAction = action(this::newNote);
        this.signAction = action(this::sign);
        this.summaryAction = action(this::openSummary);
        sessions.editor().addListener(NoteEditorPresenter.Property.NOTE, e -> updateActions());
        clientPanel.onDeleted(() -> {
            currentClient = null;
            LockGuard.setScope("");
            rightCards.show(right, "empty");
            clients.load();
            updateActions();
        });
        clientPanel.addTab(overview);
        clientPanel.addTab(sessions);
        clientPanel.addTab(measures);
        clientPanel.addTab(new ThemesTab(services, tasks));
        // writing notes is what the app is opened for: Sessions first; the choice then sticks across clients
        clientPanel.tabs().setSelectedComponent(sessions.component());
        // a risk review or a PHQ-9 entered in one tab changes the risk mark in the list and the overview
        overview.presenter().onClientChanged(id -> clients.load());
        measures.presenter().onClientChanged(id -> {
            clients.load();
            overview.refresh();
        });
        setName("workspace");

        JLabel choose = new JLabel("Choose a client on the left, or add one with + New client (Ctrl+Shift+N).",
                SwingConstants.CENTER);
        choose.putClientProperty("FlatLaf.styleClass", "h4");
        right.add(choose, "empty");
        right.add(clientPanel, "client");
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, listPanel, right);
        split.setDividerLocation(270);
        split.setContinuousLayout(true);
        add(split, java.awt.BorderLayout.CENTER);
        add(busyStrip(tasks), java.awt.BorderLayout.SOUTH);

        loadTaxonomy();
        clients.addListener(ClientListPresenter.Property.ROWS, e -> {
            if (currentClient != null) {
                clients.row(currentClient).ifPresent(row -> clientPanel.setRisk(row.riskFlag()));
            }
        });
        clients.load();
        updateActions();
    }

    private static Action action(Runnable command) {
        return new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                command.run();
            }
        };
    }

    /** A new note and a summary need a client chosen; signing, a draft on screen. */
    private void updateActions() {
        newNoteAction.setEnabled(currentClient != null);
        summaryAction.setEnabled(currentClient != null);
        NoteEditorPresenter editor = sessions.editor();
        signAction.setEnabled(currentClient != null && editor.note() != null && !editor.isSigned());
    }

    public Action newNoteAction() {
        return newNoteAction;
    }

    public Action signAction() {
        return signAction;
    }

    public Action summaryAction() {
        return summaryAction;
    }

    /**
     * A thin "Working…" strip with an indeterminate bar, shown only when vault work has been running
     * for half a second: quick saves and loads never flicker it.
     */
    private static JPanel busyStrip(BackgroundTasks tasks) {
        JPanel strip = new JPanel(new net.miginfocom.swing.MigLayout("insets 2 10 2 10, gap 8", "[][200!]"));
        JLabel label = new JLabel("Working…");
        label.putClientProperty("FlatLaf.styleClass", "small");
        javax.swing.JProgressBar bar = new javax.swing.JProgressBar();
        bar.setIndeterminate(true);
        bar.getAccessibleContext().setAccessibleName("Goldseam is working");
        strip.add(label);
        strip.add(bar);
        strip.setVisible(false);
        javax.swing.Timer delay = new javax.swing.Timer(500, e -> strip.setVisible(true));
        delay.setRepeats(false);
        tasks.onBusyChanged(busy -> {
            if (busy) {
                delay.restart();
            } else {
                delay.stop();
                strip.setVisible(false);
            }
        });
        return strip;
    }

    private void loadTaxonomy() {
        tasks.run(() -> TaxonomyIndex.of(services.framework().taxonomy().all()), sessions::setTaxonomy,
                error -> JOptionPane.showMessageDialog(owner, Problems.describe(error)));
    }

    /** The taxonomy editor, in a window of its own; notes pick up relabelled entries when it changes. */
    public void openTaxonomy() {
        if (taxonomyEditor != null) {
            taxonomyEditor.close();
        }
        taxonomyEditor = TaxonomyEditorWindow.show(owner, services, tasks);
        taxonomyEditor.onChanged(this::loadTaxonomy);
    }

    private transient org.goldseam.app.search.ui.@Nullable SearchWindow searchWindow;

    /** Ctrl+Shift+F: the caseload search; a double-click opens the client at the matching sessions. */
    public void openSearch() {
        if (searchWindow != null && searchWindow.isShowing()) {
            searchWindow.toFront();
            return;
        }
        searchWindow = org.goldseam.app.search.ui.SearchWindow.show(owner, services, services.search(), tasks,
                (clientId, noteIds, words) -> {
                    clients.setStatusFilter(ClientListPresenter.StatusFilter.ALL);
                    // once the client is shown (a note being written is saved first), not before
                    chooseClient(clientId, () -> {
                        if (!noteIds.isEmpty()) {
                            clientPanel.tabs().setSelectedComponent(sessions.component());
                            sessions.showMatches(noteIds, words);
                        }
                    });
                    owner.toFront();
                });
    }

    /** The progress summary of the client shown. */
    public void openSummary() {
        if (currentClient != null) {
            String name = clients.row(currentClient).map(ClientRow::fullName).orElse("");
            org.goldseam.app.summary.ui.SummaryDialog.show(owner, services, tasks, currentClient, name, preferences.get());
        }
    }

    public void openBatchExport() {
        org.goldseam.app.summary.ui.BatchExportDialog.show(owner, services, tasks, preferences.get());
    }

    public VaultServices services() {
        return services;
    }

    private void chooseClient(long clientId) {
        chooseClient(clientId, () -> { });
    }

    /** Shows the client, saving the note being written first; {@code then} runs once it is shown (or already was). */
    private void chooseClient(long clientId, Runnable then) {
        if (currentClient != null && currentClient == clientId) {
            then.run();
            return;
        }
        sessions.flush(saved -> {
            if (!saved) {
                listPanel.select(currentClient);
                return;
            }
            currentClient = clientId;
            LockGuard.setScope("client:" + clientId);
            listPanel.select(clientId);
            clientPanel.show(clientId, clients.row(clientId).map(ClientRow::riskFlag).orElse(false));
            rightCards.show(right, "client");
            updateActions();
            then.run();
        });
    }

    public void newClient() {
        ClientDialog.show(owner, null, java.time.LocalDate.now(services.clock())).ifPresent(this::create);
    }

    private void create(ClientDetails details) {
        String actor = preferences.get().auditActor();
        tasks.run(() -> services.clients().create(actor, details), id -> {
            clients.setFilter("");
            clients.setStatusFilter(ClientListPresenter.StatusFilter.ACTIVE);
            clients.load();
            // the list reloads on the same worker first, so the new row exists when it is chosen
            tasks.run(() -> id, this::chooseClient, error -> { });
        }, error -> JOptionPane.showMessageDialog(owner, Problems.describe(error), "Client not added",
                JOptionPane.ERROR_MESSAGE));
    }

    public void newNote() {
        if (currentClient != null) {
            clientPanel.tabs().setSelectedComponent(sessions.component());
            sessions.newNote(false);
        }
    }

    public void findClient() {
        listPanel.focusFilter();
    }

    public void saveNow() {
        sessions.editor().saveNow();
    }

    public void sign() {
        if (currentClient != null) {
            sessions.editorPanel().confirmAndSign();
        }
    }

    /** The note editor's presenter (for tests and the lock sequence). */
    public NoteEditorPresenter editor() {
        return sessions.editor();
    }

    public void flush(Consumer<Boolean> then) {
        sessions.flush(then);
    }

    private void noteStored() {
        clientPanel.noteStoredBy(sessions);
        // the client's line in the list shows its last session, which a new or edited note can change
        if (currentClient != null) {
            clients.refreshRow(currentClient);
        }
    }

    public Place place() {
        NoteEditorPanel editorPanel = sessions.editorPanel();
        String section = editorPanel.focusedSection();
        Long note = sessions.editor().note() == null ? null : sessions.editor().note().id();
        return new Place(currentClient, clientPanel.tabs().getSelectedIndex(), note, section, editorPanel.caret(section));
    }

    /** After unlocking: back to the client, tab, note and caret of {@code place}. */
    public void restore(@Nullable Place place) {
        if (place == null || place.clientId() == null) {
            return;
        }
        currentClient = place.clientId();
        LockGuard.setScope("client:" + currentClient);
        clientPanel.show(place.clientId(), false);
        rightCards.show(right, "client");
        updateActions();
        clients.addListener(ClientListPresenter.Property.ROWS, e -> listPanel.select(currentClient));
        if (place.tab() >= 0 && place.tab() < clientPanel.tabs().getTabCount()) {
            clientPanel.tabs().setSelectedIndex(place.tab());
        }
        if (place.noteId() != null) {
            long noteId = place.noteId();
            sessions.loadList(noteId);
            java.beans.PropertyChangeListener[] once = new java.beans.PropertyChangeListener[1];
            once[0] = e -> {
                if (sessions.editor().note() != null && sessions.editor().note().id() == noteId) {
                    sessions.editor().removeListener(NoteEditorPresenter.Property.NOTE, once[0]);
                    javax.swing.SwingUtilities.invokeLater(() -> sessions.editorPanel().focus(place.section(), place.caret()));
                }
            };
            sessions.editor().addListener(NoteEditorPresenter.Property.NOTE, once[0]);
        }
    }

    /** Forget every client datum: the vault is locking. */
    public void clear() {
        if (searchWindow != null) {
            searchWindow.close();
            searchWindow = null;
        }
        org.goldseam.app.summary.ui.ExportWindows.closeAll();
        if (taxonomyEditor != null) {
            taxonomyEditor.close();
            taxonomyEditor = null;
        }
        currentClient = null;
        LockGuard.setScope("");
        clients.clear();
        clientPanel.clear();
        rightCards.show(right, "empty");
        updateActions();
    }
}
