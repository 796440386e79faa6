package org.goldseam.app.workspace.ui;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Window;
import java.util.List;
import java.util.Optional;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.WindowConstants;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.ui.common.CategoryColors;
import org.goldseam.app.workspace.Formats;
import org.goldseam.app.workspace.TaxonomyEditorPresenter;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.TaxonomyEntry;

/**
 * The taxonomy editor: categories on the left, their entries in a table, and the changes a
 * clinician may make. Built-in and used entries cannot be deleted; the service says why.
 */
public final class TaxonomyEditorWindow {
    private final TaxonomyEditorPresenter presenter;
    private final JDialog dialog;
    private final EntryTable model = new EntryTable();
    private final JTable table = new JTable(model);
    private final JList<Category> categories = new JList<>(Category.values());
    private final JLabel message = new JLabel(" ");
    private final JButton relabel;
    private final JButton describe;
    private final JButton toggle;
    private final JButton delete;

    private TaxonomyEditorWindow(Window owner, TaxonomyEditorPresenter presenter) {
        this.presenter = presenter;
        dialog = new JDialog(owner, "Taxonomy", JDialog.ModalityType.MODELESS);
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        Views.named(dialog.getRootPane(), "Taxonomy editor");

        categories.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        categories.setSelectedValue(presenter.category(), true);
        categories.setCellRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                Category category = (Category) value;
                JLabel label = (JLabel) super.getListCellRendererComponent(list,
                        Formats.sentence(Formats.words(category.code())), index, selected, focus);
                label.setIcon(new javax.swing.Icon() {
                    @Override
                    public void paintIcon(Component c, java.awt.Graphics g, int x, int y) {
                        g.setColor(CategoryColors.of(category));
                        g.fillRoundRect(x, y + 1, 10, 10, 3, 3);
                    }

                    @Override
                    public int getIconWidth() {
                        return 10;
                    }

                    @Override
                    public int getIconHeight() {
                        return 12;
                    }
                });
                label.setIconTextGap(8);
                label.setBorder(new javax.swing.border.EmptyBorder(4, 8, 4, 8));
                return label;
            }
        });
        categories.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && categories.getSelectedValue() != null) {
                presenter.setCategory(categories.getSelectedValue());
            }
        });
        Views.named(categories, "Categories");
        Views.named(table, "Entries of the category");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(Math.max(table.getRowHeight(), 24));
        table.setShowVerticalLines(false);
        table.setDefaultRenderer(Object.class, new MutedInactive());
        int[] widths = {250, 330, 160, 50, 60, 45};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getSelectionModel().addListSelectionListener(e -> enableActions());

        JButton add = Views.primary("Add entry…", "Add an entry to this category", e -> add());
        relabel = Views.primary("Relabel…", "Change the label of the selected entry", e -> relabel());
        describe = Views.primary("Edit description…", "Edit the description of the selected entry", e -> describe());
        toggle = Views.primary("Deactivate", "Deactivate the selected entry", e -> toggle());
        delete = Views.primary("Delete…", "Delete the selected entry", e -> delete());

        message.setForeground(Views.riskColor());
        Views.named(message, "Message");
        JPanel content = new JPanel(new MigLayout("insets 16, fill", "[180!][grow, fill]", "[grow, fill][][]"));
        content.add(new JScrollPane(categories), "growy");
        content.add(new JScrollPane(table), "wrap");
        JPanel buttons = new JPanel(new MigLayout("insets 0, gap 6"));
        for (JButton button : List.of(add, relabel, describe, toggle, delete)) {
            buttons.add(button);
        }
        content.add(buttons, "skip 1, wrap");
        content.add(message, "skip 1, wmin 0");
        dialog.setContentPane(content);
        dialog.setMinimumSize(new Dimension(820, 460));
        dialog.setSize(1060, 560);
        dialog.setLocationRelativeTo(owner);

        presenter.addListener(TaxonomyEditorPresenter.Property.ENTRIES, e -> showEntries());
        presenter.addListener(TaxonomyEditorPresenter.Property.MESSAGE, e -> message.setText(
                presenter.message() == null ? " " : "<html>" + TabFrame.escape(presenter.message()) + "</html>"));
        presenter.addListener(TaxonomyEditorPresenter.Property.CATEGORY,
                e -> categories.setSelectedValue(presenter.category(), true));
        enableActions();
    }

    /** Opens the editor beside {@code owner} and reads the taxonomy in the background. */
    public static TaxonomyEditorWindow show(Window owner, VaultServices services, BackgroundTasks tasks) {
        TaxonomyEditorWindow window = new TaxonomyEditorWindow(owner, new TaxonomyEditorPresenter(services, tasks));
        window.dialog.setVisible(true);
        window.presenter.load();
        return window;
    }

    /** Told after each stored change, so open notes and tabs can show new labels. */
    public void onChanged(Runnable listener) {
        presenter.onChanged(listener);
    }

    /** Closes the window and forgets what it read (the vault is locking). */
    public void close() {
        presenter.clear();
        dialog.dispose();
    }

    JDialog dialog() {
        return dialog;
    }

    private Optional<TaxonomyEntry> selected() {
        int row = table.getSelectedRow();
        return row < 0 ? Optional.empty() : Optional.of(model.row(table.convertRowIndexToModel(row)));
    }

    private void showEntries() {
        String keep = presenter.changedKey() != null ? presenter.changedKey() : selected().map(TaxonomyEntry::key).orElse(null);
        model.setRows(presenter.entries());
        for (int i = 0; i < model.getRowCount(); i++) {
            if (model.row(i).key().equals(keep)) {
                table.setRowSelectionInterval(i, i);
                table.scrollRectToVisible(table.getCellRect(i, 0, true));
            }
        }
        enableActions();
    }

    private void enableActions() {
        Optional<TaxonomyEntry> entry = selected();
        for (JButton button : List.of(relabel, describe, toggle, delete)) {
            button.setEnabled(entry.isPresent());
        }
        toggle.setText(entry.map(e -> e.active() ? "Deactivate" : "Reactivate").orElse("Deactivate"));
        Views.named(toggle, toggle.getText() + " the selected entry");
    }

    private void add() {
        Category category = presenter.category();
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, gap 8 8", "[][grow, fill]"));
        JTextField label = Views.named(new JTextField(30), "Label");
        JTextArea description = Views.named(new JTextArea(4, 40), "Description");
        description.setLineWrap(true);
        description.setWrapStyleWord(true);
        form.add(Views.muted("Category"));
        form.add(new JLabel(Formats.sentence(Formats.words(category.code()))));
        form.add(new JLabel("Label"));
        form.add(label);
        form.add(new JLabel("Description"), "aligny top");
        form.add(new JScrollPane(description));
        FormDialog.show(dialog, "Add entry", "Add entry", form, label, () -> {
            if (label.getText().isBlank() || description.getText().isBlank()) {
                return FormDialog.problem("Give the entry a label and a short description.");
            }
            return FormDialog.ok(new String[] {label.getText(), description.getText()});
        }).ifPresent(values -> presenter.add(category, values[0], values[1]));
    }

    private void relabel() {
        selected().ifPresent(entry -> {
            JTextField label = Views.named(new JTextField(entry.label(), 30), "New label");
            JPanel form = new JPanel(new MigLayout("insets 0, wrap 1", "[grow, fill]"));
            form.add(Views.muted("Notes that use this entry will show the new label."));
            form.add(label);
            FormDialog.show(dialog, "Relabel entry", "Relabel", form, label, () -> label.getText().isBlank()
                    ? FormDialog.problem("The label cannot be empty.")
                    : FormDialog.ok(label.getText())).ifPresent(text -> presenter.relabel(entry.key(), text));
        });
    }

    private void describe() {
        selected().ifPresent(entry -> {
            JTextArea text = Views.named(new JTextArea(entry.description(), 5, 44), "Description");
            text.setLineWrap(true);
            text.setWrapStyleWord(true);
            FormDialog.show(dialog, "Edit description", "Save description", new JScrollPane(text), text,
                    () -> text.getText().isBlank() ? FormDialog.problem("The description cannot be empty.")
                            : FormDialog.ok(text.getText())).ifPresent(value -> presenter.describe(entry.key(), value));
        });
    }

    private void toggle() {
        selected().ifPresent(entry -> presenter.setActive(entry.key(), !entry.active()));
    }

    private void delete() {
        selected().ifPresent(entry -> {
            int answer = JOptionPane.showConfirmDialog(dialog, "Delete \u201c" + entry.label() + "\u201d for good?",
                    "Delete entry", JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
            if (answer == JOptionPane.OK_OPTION) {
                presenter.delete(entry.key());
            }
        });
    }

    private static final class EntryTable extends org.goldseam.app.ui.common.RowTableModel<TaxonomyEntry> {
        private static final long serialVersionUID = 1L;

        EntryTable() {
            super("Label", "Description", "Key", "Active", "Built-in", "Uses");
        }

        @Override
        protected Object value(TaxonomyEntry e, int column) {
            return switch (column) {
                case 0 -> e.label();
                case 1 -> e.description();
                case 2 -> e.key();
                case 3 -> e.active() ? "yes" : "no";
                case 4 -> e.builtin() ? "yes" : "";
                default -> e.useCount();
            };
        }
    }

    /** Inactive entries in a quieter colour; the full description in the tooltip. */
    private final class MutedInactive extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus, int row, int column) {
            Component c = super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            TaxonomyEntry entry = model.row(t.convertRowIndexToModel(row));
            if (!selected) {
                c.setForeground(entry.active() ? t.getForeground() : Views.mutedColor());
            }
            setToolTipText(column == 1 ? entry.description() : null);
            return c;
        }
    }
}
