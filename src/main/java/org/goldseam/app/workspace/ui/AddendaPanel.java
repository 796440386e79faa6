package org.goldseam.app.workspace.ui;

import java.awt.Component;
import java.awt.Font;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.lock.ui.LockGuard;
import org.goldseam.app.ui.common.Html;
import org.goldseam.app.workspace.NoteEditorPresenter;
import org.goldseam.notes.Addendum;
import org.goldseam.notes.AddendumKind;

/** Dated, attributed additions beneath a signed note; the original above stays as it was signed. */
final class AddendaPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final transient NoteEditorPresenter presenter;
    private final transient ZoneId zone;
    private final transient Component owner;
    private final JPanel list = new JPanel(new MigLayout("wrap 1, insets 0, gap 6", "[grow, fill]"));

    AddendaPanel(NoteEditorPresenter presenter, Component owner, ZoneId zone) {
        super(new MigLayout("wrap 1, insets 0, gap 4", "[grow, fill]"));
        this.presenter = presenter;
        this.owner = owner;
        this.zone = zone;
        setName("addenda");
        JLabel title = new JLabel("Addenda");
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        add(title);
        add(list);
        JButton add = new JButton("Add addendum…");
        add.setName("addAddendum");
        add.addActionListener(e -> ask());
        add(add, "growx 0");
        presenter.addListener(NoteEditorPresenter.Property.ADDENDA, e -> showList());
        presenter.addListener(NoteEditorPresenter.Property.NOTE, e -> showList());
    }

    private void showList() {
        list.removeAll();
        if (presenter.addenda().isEmpty()) {
            JLabel none = new JLabel("None.");
            none.putClientProperty("FlatLaf.styleClass", "small");
            list.add(none);
        }
        for (Addendum addendum : presenter.addenda()) {
            JLabel line = new JLabel("<html><b>" + Labels.of(addendum.kind()) + "</b> · "
                    + STAMP.format(addendum.createdAt().atZoneSameInstant(zone)) + " · " + Html.escape(addendum.author())
                    + "<br>" + Html.escape(addendum.body()) + "</html>");
            line.setName("addendum");
            list.add(line);
        }
        list.revalidate();
        list.repaint();
    }

    @SuppressWarnings("try") // the lock guard is held, unused, for as long as the dialog is open
    private void ask() {
        JComboBox<AddendumKind> kind = new JComboBox<>(AddendumKind.values());
        kind.setRenderer(Labels.renderer(Labels::of));
        kind.setName("addendumKind");
        JTextArea text = NoteEditorPanel.area("addendumText", "Addendum text");
        text.setRows(5);
        JPanel form = new JPanel(new MigLayout("wrap 1, insets 4", "[420!, fill]"));
        form.add(new JLabel("Kind"));
        form.add(kind);
        form.add(new JLabel("Text (dated and signed with your name when added; it cannot be changed later)"));
        form.add(new JScrollPane(text));
        // an addendum cannot be changed once added: a lock never adds it unconfirmed, it keeps the
        // text in memory and fills it in when the addendum form of this note is opened again
        String draftKey = "note:" + (presenter.note() == null ? "none" : String.valueOf(presenter.note().id())) + "|Add addendum";
        List<Object> opened = LockGuard.values(form);
        LockGuard.drafts().take(draftKey).ifPresent(kept -> LockGuard.fill(form, kept.values()));
        int answer;
        try (LockGuard.Registration guard = LockGuard.guard(form, () -> {
            List<Object> typed = LockGuard.values(form);
            if (!typed.equals(opened)) {
                LockGuard.drafts().keep(draftKey, "Add addendum", typed);
            }
            LockGuard.answer(form, JOptionPane.CLOSED_OPTION);
        })) {
            answer = JOptionPane.showConfirmDialog(owner, form, "Add addendum", JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.PLAIN_MESSAGE);
        }
        if (answer == JOptionPane.OK_OPTION) {
            presenter.addAddendum((AddendumKind) kind.getSelectedItem(), text.getText());
        }
    }
}
