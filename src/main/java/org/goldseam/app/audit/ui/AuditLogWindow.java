package org.goldseam.app.audit.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.audit.AuditLogPresenter;
import org.goldseam.app.audit.AuditLogPresenter.Property;
import org.goldseam.app.audit.AuditRow;
import org.goldseam.app.audit.AuditWords;
import org.goldseam.app.audit.ClientChoice;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.AuditService;

/**
 * The audit log viewer: who unlocked, opened, wrote, signed, exported and restored what, and when,
 * filtered by days, action and client, with the chain check in the status line and "Export CSV…" for
 * exactly the rows shown. Modeless; closed, and its rows forgotten, when the vault locks.
 */
public final class AuditLogWindow {
    private static final String ALL_ACTIONS = "All actions";

    private final AuditLogPresenter presenter;
    private final ZoneId zone;
    private final JDialog dialog;
    private final JTextField from = new JTextField(10);
    private final JTextField until = new JTextField(10);
    private final JComboBox<Object> action = new JComboBox<>();
    private final JComboBox<ClientChoice> client = new JComboBox<>();
    private final EntryTable model = new EntryTable();
    private final JTable table = new JTable(model);
    private final JLabel chain = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final JLabel count = new JLabel(" ");
    private final JButton export = new JButton("Export CSV\u2026");
    private boolean showingClients;

    private AuditLogWindow(Window owner, AuditLogPresenter presenter, ZoneId zone) {
        this.presenter = presenter;
        this.zone = zone;
        dialog = new JDialog(owner, "Audit log", JDialog.ModalityType.MODELESS);
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        dialog.getRootPane().getAccessibleContext().setAccessibleName("Audit log");

        dateField(from, "auditFrom", "From day (year-month-day)", presenter::setFromText);
        dateField(until, "auditUntil", "Until day, included (year-month-day)", presenter::setUntilText);
        action.setName("auditAction");
        action.getAccessibleContext().setAccessibleName("Action");
        action.addItem(ALL_ACTIONS);
        for (AuditAction each : AuditAction.values()) {
            action.addItem(new ActionChoice(each));
        }
        action.addActionListener(e -> presenter.setAction(
                action.getSelectedItem() instanceof ActionChoice chosen ? chosen.action() : null));
        client.setName("auditClient");
        client.getAccessibleContext().setAccessibleName("Client");
        client.addActionListener(e -> {
            if (!showingClients && client.getSelectedItem() instanceof ClientChoice chosen) {
                presenter.setClient(chosen.clientId());
            }
        });
        table.setName("auditTable");
        table.getAccessibleContext().setAccessibleName("Audit entries");
        // no sorting: the entries are in the order they were written, which is the order the chain checks
        table.setFillsViewportHeight(true);
        int[] widths = {50, 150, 150, 140, 180, 60, 260};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        chain.setName("chainStatus");
        message.setName("auditMessage");
        count.setName("auditCount");
        export.setName("exportAuditCsv");
        export.addActionListener(e -> chooseAndExport());

        JPanel content = new JPanel(new MigLayout("insets 12, fill, wrap 1", "[grow, fill]", "[][grow, fill][][]"));
        JPanel filters = new JPanel(new MigLayout("insets 0, gap 6", "[][][][][][][][grow]"));
        filters.add(new JLabel("From"));
        filters.add(from);
        filters.add(new JLabel("until"));
        filters.add(until);
        filters.add(action, "gapleft 12");
        filters.add(client, "wmin 180");
        filters.add(count, "gapleft 12");
        filters.add(export, "right");
        content.add(filters);
        content.add(new JScrollPane(table));
        content.add(message, "wmin 0");
        content.add(chain, "wmin 0");
        dialog.setContentPane(content);
        content.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close");
        content.getActionMap().put("close", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                close();
            }
        });
        dialog.setMinimumSize(new Dimension(900, 480));
        dialog.setSize(1160, 700);
        dialog.setLocationRelativeTo(owner);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                presenter.clear();
            }
        });

        presenter.addListener(Property.ROWS, e -> {
            model.setRows(presenter.rows());
            showCount();
        });
        presenter.addListener(Property.CLIENTS, e -> showClients());
        presenter.addListener(Property.CHAIN, e -> showChain());
        presenter.addListener(Property.LOADING, e -> showCount());
        presenter.addListener(Property.PROBLEM, e -> showMessage());
        presenter.addListener(Property.NOTICE, e -> showMessage());
        showClients();
        showChain();
        showCount();
    }

    /** Opens the viewer beside {@code owner} and reads the trail on the vault worker. */
    public static AuditLogWindow show(Window owner, VaultServices services, BackgroundTasks tasks, String actor) {
        AuditService audit = services.auditTrail(actor);
        ZoneId zone = services.clock().getZone();
        AuditLogPresenter presenter = new AuditLogPresenter(audit, services.clients(), tasks, zone);
        AuditLogWindow window = new AuditLogWindow(owner, presenter, zone);
        window.dialog.setVisible(true);
        presenter.open();
        return window;
    }

    /** Closes the window and forgets what it showed (the vault is locking). */
    public void close() {
        presenter.clear();
        dialog.dispose();
    }

    public void toFront() {
        dialog.setVisible(true);
        dialog.toFront();
    }

    public boolean isShowing() {
        return dialog.isShowing();
    }

    JDialog dialog() {
        return dialog;
    }

    private static void dateField(JTextField field, String name, String accessible, java.util.function.Consumer<String> to) {
        field.setName(name);
        field.getAccessibleContext().setAccessibleName(accessible);
        field.putClientProperty("JTextField.placeholderText", "2026-11-21");
        field.addActionListener(e -> to.accept(field.getText()));
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                to.accept(field.getText());
            }
        });
    }

    private void chooseAndExport() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Export the entries shown as CSV");
        chooser.setFileFilter(new FileNameExtensionFilter("CSV files (*.csv)", "csv"));
        chooser.setSelectedFile(new File(presenter.suggestedFileName(LocalDate.now(zone))));
        if (chooser.showSaveDialog(dialog) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        File chosen = chooser.getSelectedFile();
        if (!chosen.getName().contains(".")) {
            chosen = new File(chosen.getParentFile(), chosen.getName() + ".csv");
        }
        if (chosen.exists() && JOptionPane.showConfirmDialog(dialog, "A file named " + chosen.getName()
                + " is already there. Replace it?", "Replace the file?", JOptionPane.YES_NO_OPTION,
                JOptionPane.WARNING_MESSAGE) != JOptionPane.YES_OPTION) {
            return;
        }
        presenter.exportCsv(chosen.toPath());
    }

    private void showClients() {
        showingClients = true;
        try {
            Object selected = client.getSelectedItem();
            List<ClientChoice> choices = presenter.clientChoices();
            client.setModel(new DefaultComboBoxModel<>(choices.toArray(ClientChoice[]::new)));
            // List.copyOf lists refuse contains(null)
            client.setSelectedItem(selected != null && choices.contains(selected) ? selected : ClientChoice.ALL);
        } finally {
            showingClients = false;
        }
    }

    private void showChain() {
        String text = presenter.chain();
        chain.setText(text == null ? "Checking the audit chain\u2026" : "<html>" + org.goldseam.app.ui.common.Html.escape(text) + "</html>");
        boolean broken = text != null && !text.startsWith("Audit chain intact");
        chain.setForeground(broken ? riskColor() : UIManager.getColor("Label.foreground"));
    }

    private void showCount() {
        int rows = presenter.rows().size();
        count.setText(presenter.loading() ? "Reading\u2026" : rows == 1 ? "1 entry" : rows + " entries");
    }

    private void showMessage() {
        String problem = presenter.problem();
        String text = problem != null ? problem : presenter.notice();
        message.setText(text == null ? " " : "<html>" + org.goldseam.app.ui.common.Html.escape(text) + "</html>");
        message.setForeground(problem != null ? riskColor() : UIManager.getColor("Label.foreground"));
        for (JTextField field : new JTextField[] {from, until}) {
            field.putClientProperty("JComponent.outline", problem != null && problem.contains(
                    field == from ? "\u201cFrom\u201d" : "\u201cUntil\u201d") ? "error" : null);
        }
    }

    private static Color riskColor() {
        Color color = UIManager.getColor("Goldseam.risk");
        return color != null ? color : new Color(0xc0392b);
    }

    /** An action in the combo box, shown in words. */
    private record ActionChoice(AuditAction action) {
        @Override
        public String toString() {
            return AuditWords.action(action);
        }
    }

    /** The entries shown, one row each. */
    private static final class EntryTable extends org.goldseam.app.ui.common.RowTableModel<AuditRow> {
        private static final long serialVersionUID = 1L;

        EntryTable() {
            super("#", "Time", "Action", "By", "Client", "Note", "Detail");
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 0 ? Long.class : String.class;
        }

        @Override
        protected Object value(AuditRow r, int column) {
            return switch (column) {
                case 0 -> r.id();
                case 1 -> r.time();
                case 2 -> r.action();
                case 3 -> r.actor();
                case 4 -> r.client();
                case 5 -> r.noteId();
                default -> r.detail();
            };
        }
    }
}
