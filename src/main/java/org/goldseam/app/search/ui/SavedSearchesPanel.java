package org.goldseam.app.search.ui;

import java.awt.Component;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.search.SearchPresenter;
import org.goldseam.app.ui.common.Html;
import org.goldseam.search.model.SavedSearch;
import org.jspecify.annotations.Nullable;

/** Saved searches: run one with a double-click or Enter; save what the box holds, rename, delete. */
final class SavedSearchesPanel {
    private final SearchPresenter presenter;
    private final DefaultListModel<SavedSearch> model = new DefaultListModel<>();
    private final JList<SavedSearch> list = new JList<>(model);
    private final JButton save = new JButton("Save search\u2026");
    private final JButton rename = new JButton("Rename\u2026");
    private final JButton delete = new JButton("Delete");
    private final JPanel panel = new JPanel(new MigLayout("insets 0 0 0 8, wrap 1, gap 4", "[grow, fill]", "[][grow, fill][]"));

    SavedSearchesPanel(SearchPresenter presenter) {
        this.presenter = presenter;
        list.setName("saved searches");
        list.getAccessibleContext().setAccessibleName("Saved searches: Enter runs the selected one");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(5);
        list.setCellRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean sel, boolean focus) {
                SavedSearch saved = (SavedSearch) value;
                String text = saved.name() + (saved.includePrivate() ? "  (with private notes)" : "");
                super.getListCellRendererComponent(l, text, index, sel, focus);
                setToolTipText("<html>" + Html.escape(saved.query()) + "</html>");
                return this;
            }
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && list.getSelectedValue() != null) {
                    presenter.run(list.getSelectedValue());
                }
            }
        });
        list.getInputMap().put(KeyStroke.getKeyStroke("ENTER"), "run");
        list.getActionMap().put("run", new javax.swing.AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                if (list.getSelectedValue() != null) {
                    presenter.run(list.getSelectedValue());
                }
            }
        });
        list.addListSelectionListener(e -> enable());
        save.setName("save search");
        save.addActionListener(e -> save());
        rename.addActionListener(e -> rename());
        delete.addActionListener(e -> delete());

        JPanel buttons = new JPanel(new MigLayout("insets 0, gap 4"));
        buttons.add(save);
        buttons.add(rename);
        buttons.add(delete);
        JComponent title = new javax.swing.JLabel("Saved searches");
        title.putClientProperty("FlatLaf.styleClass", "h4");
        panel.add(title);
        panel.add(new JScrollPane(list), "hmin 70");
        panel.add(buttons);
        enable();
    }

    JComponent component() {
        return panel;
    }

    void show(List<SavedSearch> saved) {
        SavedSearch selected = list.getSelectedValue();
        model.clear();
        saved.forEach(model::addElement);
        if (selected != null) {
            saved.stream().filter(s -> s.id() == selected.id()).findFirst().ifPresent(s -> list.setSelectedValue(s, true));
        }
        enable();
    }

    /** The box can be saved only when it holds a readable search. */
    void enable() {
        boolean chosen = list.getSelectedValue() != null;
        rename.setEnabled(chosen);
        delete.setEnabled(chosen);
        save.setEnabled(!presenter.queryText().isBlank() && presenter.state() != org.goldseam.app.search.SearchState.INVALID);
    }

    private void save() {
        String name = ask("Save this search as", "");
        if (name != null) {
            presenter.saveAs(name);
        }
    }

    private void rename() {
        SavedSearch saved = list.getSelectedValue();
        if (saved != null) {
            String name = ask("New name for \u201c" + saved.name() + "\u201d", saved.name());
            if (name != null) {
                presenter.rename(saved.id(), name);
            }
        }
    }

    private void delete() {
        SavedSearch saved = list.getSelectedValue();
        if (saved != null && JOptionPane.showConfirmDialog(panel, "Delete the saved search \u201c" + saved.name()
                + "\u201d? No note or client is changed.", "Delete saved search", JOptionPane.OK_CANCEL_OPTION)
                == JOptionPane.OK_OPTION) {
            presenter.delete(saved.id());
        }
    }

    private @Nullable String ask(String question, String initial) {
        Object answer = JOptionPane.showInputDialog(panel, question, "Saved search", JOptionPane.PLAIN_MESSAGE, null, null, initial);
        return answer == null ? null : answer.toString();
    }
}
