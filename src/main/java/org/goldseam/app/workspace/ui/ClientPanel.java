package org.goldseam.app.workspace.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.clients.Client;
import org.goldseam.clients.ClientStatus;
import org.jspecify.annotations.Nullable;

/** One client: a header line (name, pronouns, age, since when, risk) and the workspace tabs. */
final class ClientPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy");

    private final transient VaultServices services;
    private final transient BackgroundTasks tasks;
    private final transient Component owner;
    private final transient Runnable onClientChanged;
    private transient Runnable onDeleted = () -> { };
    private final transient String actor;
    private final JLabel name = new JLabel();
    private final JLabel details = new JLabel();
    private final JLabel risk = new JLabel();
    private final JButton discharge = new JButton("Discharge…");
    private final JTabbedPane tabs = new JTabbedPane();
    private final transient List<ClientTab> clientTabs = new ArrayList<>();
    /** Tabs whose data changed while they were not on screen: they reload when next shown. */
    private final transient List<ClientTab> stale = new ArrayList<>();
    /** The client shown; null before the first and after {@link #clear}. */
    private transient @Nullable Client client;

    ClientPanel(VaultServices services, BackgroundTasks tasks, Component owner, String actor, Runnable onClientChanged) {
        super(new BorderLayout());
        this.services = services;
        this.tasks = tasks;
        this.owner = owner;
        this.actor = actor;
        this.onClientChanged = onClientChanged;
        name.setName("clientName");
        name.putClientProperty("FlatLaf.styleClass", "h2");
        details.putClientProperty("FlatLaf.styleClass", "small");
        risk.setName("riskFlag");
        risk.setForeground(UIManager.getColor("Goldseam.risk"));
        JButton edit = new JButton("Edit details…");
        edit.setName("editClient");
        edit.addActionListener(e -> edit());
        discharge.setName("dischargeClient");
        discharge.addActionListener(e -> discharge());
        JButton exportRecord = new JButton("Export record…");
        exportRecord.setName("exportRecord");
        exportRecord.getAccessibleContext().setAccessibleName("Export this client's record (right of access)");
        exportRecord.addActionListener(e -> exportRecord());
        JButton delete = new JButton("Delete…");
        delete.setName("deleteClient");
        delete.getAccessibleContext().setAccessibleName("Delete this client's whole record");
        delete.addActionListener(e -> delete());
        JPanel header = new JPanel(new MigLayout("insets 10 14 4 14, gap 10", "[][grow][][][][][]"));
        header.add(name);
        header.add(details);
        header.add(risk);
        header.add(edit);
        header.add(discharge);
        header.add(exportRecord);
        header.add(delete);
        tabs.setName("clientTabs");
        tabs.addChangeListener(e -> refreshShownIfStale());
        add(header, BorderLayout.NORTH);
        add(tabs, BorderLayout.CENTER);
    }

    /** Told after the shown client was deleted. */
    void onDeleted(Runnable action) {
        this.onDeleted = action;
    }

    void addTab(ClientTab tab) {
        clientTabs.add(tab);
        tabs.addTab(tab.title(), tab.component());
    }

    JTabbedPane tabs() {
        return tabs;
    }

    @Nullable Long clientId() {
        return client == null ? null : client.id();
    }

    void show(long clientId, boolean riskFlag) {
        tasks.run(() -> services.clients().view(actor, clientId), found -> {
            client = found;
            showHeader(riskFlag);
        }, error -> name.setText("This client could not be loaded."));
        stale.clear(); // every tab loads the client afresh
        for (ClientTab tab : clientTabs) {
            tab.showClient(clientId);
        }
    }

    void setRisk(boolean riskFlag) {
        if (client != null) {
            showHeader(riskFlag);
        }
    }

    private void showHeader(boolean riskFlag) {
        Client client = this.client;
        if (client == null) {
            return; // nothing is shown (the panel was cleared while an edit was saving)
        }
        String pronouns = client.pronouns() == null ? "" : " (" + client.pronouns() + ")";
        name.setText(client.fullName() + pronouns);
        List<String> parts = new ArrayList<>();
        LocalDate today = LocalDate.now(services.clock());
        if (client.dateOfBirth() != null) {
            parts.add(Period.between(client.dateOfBirth(), today).getYears() + " years");
        }
        parts.add("since " + MONTH.format(client.intakeDate()));
        if (client.status() != ClientStatus.ACTIVE) {
            parts.add(client.status() == ClientStatus.PAUSED ? "paused"
                    : "discharged " + (client.dischargeDate() == null ? "" : client.dischargeDate()));
        }
        details.setText(String.join("  ·  ", parts));
        risk.setText(riskFlag ? "⚠ PHQ-9 item 9: risk review due" : "");
        discharge.setVisible(client.status() != ClientStatus.DISCHARGED);
    }

    private void edit() {
        if (client == null) {
            return;
        }
        long id = client.id();
        ClientDialog.show(owner, client, LocalDate.now(services.clock())).ifPresent(details ->
                tasks.run(() -> services.clients().edit(actor, id, details), updated -> {
                    client = updated;
                    showHeader(!risk.getText().isEmpty());
                    onClientChanged.run();
                }, error -> javax.swing.JOptionPane.showMessageDialog(owner,
                        org.goldseam.app.workspace.Problems.describe(error), "Not saved", javax.swing.JOptionPane.ERROR_MESSAGE)));
    }

    /** The right-of-access export of the client shown: PDF and JSON, without the private notes unless asked. */
    private void exportRecord() {
        if (client != null) {
            org.goldseam.app.summary.ui.RecordExportDialog.show(javax.swing.SwingUtilities.getWindowAncestor(this),
                    services, tasks, client.id(), client.fullName(), actor);
        }
    }

    private void discharge() {
        if (client == null) {
            return;
        }
        long id = client.id();
        ClientDialog.askDischargeDate(owner, client.fullName(), LocalDate.now(services.clock())).ifPresent(date ->
                tasks.run(() -> services.clients().discharge(actor, id, date), updated -> {
                    client = updated;
                    showHeader(!risk.getText().isEmpty());
                    onClientChanged.run();
                }, error -> javax.swing.JOptionPane.showMessageDialog(owner,
                        org.goldseam.app.workspace.Problems.describe(error), "Not discharged", javax.swing.JOptionPane.ERROR_MESSAGE)));
    }

    /**
     * Deletes the whole record after the clinician types the client's full name. The audit keeps
     * the event (ids only); the search index forgets the client once the deletion is committed.
     */
    private void delete() {
        if (client == null) {
            return;
        }
        long id = client.id();
        String typed = javax.swing.JOptionPane.showInputDialog(owner,
                "<html>This permanently removes <b>" + org.goldseam.app.ui.common.Html.escape(client.fullName())
                        + "</b>'s whole record: details, notes, measures, goals and history.<br>"
                        + "Backups made earlier still hold it. To confirm, type the client's full name:</html>",
                "Delete client", javax.swing.JOptionPane.WARNING_MESSAGE);
        if (typed == null) {
            return;
        }
        tasks.run(() -> {
            services.clients().delete(actor, id, typed);
            return id;
        }, deleted -> {
            clear();
            onDeleted.run();
        }, error -> javax.swing.JOptionPane.showMessageDialog(owner,
                error instanceof org.goldseam.app.services.ClientDeletion.ConfirmationMismatch
                        ? "The name typed does not match the client's full name. Nothing was deleted."
                        : org.goldseam.app.workspace.Problems.describe(error), "Not deleted",
                javax.swing.JOptionPane.ERROR_MESSAGE));
    }

    /**
     * A note was stored by {@code source}, which has already reloaded what it shows. The tab on
     * screen (if another) reloads now; the others reload when they are next shown, not after every
     * autosave.
     */
    void noteStoredBy(ClientTab source) {
        for (ClientTab tab : clientTabs) {
            if (tab == source || stale.contains(tab)) {
                continue;
            }
            if (tab.component() == tabs.getSelectedComponent()) {
                tab.refresh();
            } else {
                stale.add(tab);
            }
        }
    }

    private void refreshShownIfStale() {
        for (ClientTab tab : clientTabs) {
            if (tab.component() == tabs.getSelectedComponent() && stale.remove(tab)) {
                tab.refresh();
            }
        }
    }

    void clear() {
        stale.clear();
        client = null;
        name.setText("");
        details.setText("");
        risk.setText("");
        clientTabs.forEach(ClientTab::clear);
    }
}
