package org.goldseam.app.workspace.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import java.time.format.DateTimeFormatter;
import java.util.function.LongConsumer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.workspace.ClientListPresenter;
import org.goldseam.app.workspace.ClientListPresenter.StatusFilter;
import org.goldseam.app.workspace.ClientRow;
import org.jspecify.annotations.Nullable;

/** The left column: find-as-you-type, a status filter, and the clients with their last session and risk. */
final class ClientListPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final transient ClientListPresenter presenter;
    private final JTextField filter = new JTextField();
    private final JComboBox<StatusFilter> status = new JComboBox<>(StatusFilter.values());
    private final DefaultListModel<ClientRow> model = new DefaultListModel<>();
    private final JList<ClientRow> list = new JList<>(model);
    private final JLabel empty = new JLabel(" ");
    private boolean updating;

    ClientListPanel(ClientListPresenter presenter, LongConsumer onChoose, Runnable onNewClient) {
        super(new MigLayout("wrap 1, insets 8, gap 6", "[grow, fill]", "[][][grow, fill][][]"));
        this.presenter = presenter;
        filter.setName("clientFilter");
        filter.putClientProperty("JTextField.placeholderText", "Find client…  (Ctrl+F)");
        filter.putClientProperty("JTextField.showClearButton", true);
        filter.getAccessibleContext().setAccessibleName("Find client");
        status.setName("statusFilter");
        status.getAccessibleContext().setAccessibleName("Show clients by status");
        status.setRenderer((l, value, i, selected, focus) -> new JLabel(value == null ? "" : switch (value) {
            case ACTIVE -> "Active clients";
            case PAUSED -> "Paused";
            case DISCHARGED -> "Discharged";
            case ALL -> "All clients";
        }));
        list.setName("clientList");
        list.getAccessibleContext().setAccessibleName("Clients");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Renderer());
        empty.putClientProperty("FlatLaf.styleClass", "small");

        add(filter);
        add(status);
        add(new JScrollPane(list));
        add(empty);
        JButton newClient = new JButton("+ New client");
        newClient.setName("newClient");
        newClient.setToolTipText("Ctrl+Shift+N");
        newClient.addActionListener(e -> onNewClient.run());
        add(newClient);

        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { presenter.setFilter(filter.getText()); }
            @Override public void removeUpdate(DocumentEvent e) { presenter.setFilter(filter.getText()); }
            @Override public void changedUpdate(DocumentEvent e) { presenter.setFilter(filter.getText()); }
        });
        // Enter in the filter opens the first match; Down moves into the list
        filter.addActionListener(e -> {
            if (!model.isEmpty()) {
                list.setSelectedIndex(0);
                list.requestFocusInWindow();
            }
        });
        status.addActionListener(e -> presenter.setStatusFilter((StatusFilter) status.getSelectedItem()));
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updating && list.getSelectedValue() != null) {
                onChoose.accept(list.getSelectedValue().id());
            }
        });
        presenter.addListener(ClientListPresenter.Property.ROWS, e -> showRows());
        presenter.addListener(ClientListPresenter.Property.LOADING,
                e -> empty.setText(presenter.isLoading() ? "Loading clients…" : " "));
    }

    void focusFilter() {
        filter.requestFocusInWindow();
        filter.selectAll();
    }

    /** Marks {@code clientId} as chosen without announcing it again. */
    void select(@Nullable Long clientId) {
        updating = true;
        try {
            list.clearSelection();
            for (int i = 0; i < model.size(); i++) {
                if (clientId != null && model.get(i).id() == clientId) {
                    list.setSelectedIndex(i);
                    list.ensureIndexIsVisible(i);
                }
            }
        } finally {
            updating = false;
        }
    }

    private void showRows() {
        ClientRow selected = list.getSelectedValue();
        updating = true;
        try {
            model.clear();
            presenter.rows().forEach(model::addElement);
        } finally {
            updating = false;
        }
        if (selected != null) {
            select(selected.id());
        }
        if (!presenter.isLoading()) {
            empty.setText(model.isEmpty() ? (presenter.filter().isBlank() ? "No clients here yet." : "No client matches.") : " ");
        }
    }

    /** Name on the first line; last session and a risk mark on the second. */
    private static final class Renderer implements ListCellRenderer<ClientRow> {
        private final JPanel panel = new JPanel(new BorderLayout(0, 1));
        private final JLabel name = new JLabel();
        private final JLabel detail = new JLabel();

        Renderer() {
            panel.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 6, 4, 6));
            panel.add(name, BorderLayout.NORTH);
            panel.add(detail, BorderLayout.SOUTH);
            detail.putClientProperty("FlatLaf.styleClass", "small");
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends ClientRow> list, ClientRow row, int index,
                                                      boolean selected, boolean focused) {
            name.setText(row.fullName());
            name.setFont(name.getFont().deriveFont(Font.BOLD));
            String last = row.lastSession() == null ? "no session yet" : "last " + DAY.format(row.lastSession());
            detail.setText(row.riskFlag() ? last + "   ⚠ risk review due" : last);
            panel.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            name.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            detail.setForeground(row.riskFlag() ? UIManager.getColor("Goldseam.risk")
                    : selected ? list.getSelectionForeground() : UIManager.getColor("Goldseam.muted"));
            panel.getAccessibleContext().setAccessibleName(row.fullName() + ", " + last
                    + (row.riskFlag() ? ", risk review due" : ""));
            return panel;
        }
    }
}
