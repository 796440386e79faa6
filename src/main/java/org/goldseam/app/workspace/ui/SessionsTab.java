package org.goldseam.app.workspace.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.workspace.NoteContents;
import org.goldseam.app.workspace.NoteEditorPresenter;
import org.goldseam.app.workspace.Scheduler;
import org.goldseam.app.workspace.TaxonomyIndex;
import org.goldseam.framework.model.TreatmentGoal;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteListItem;
import org.goldseam.notes.NoteStatus;
import org.jspecify.annotations.Nullable;

/** The Sessions tab: the client's notes, newest first, and the editor for the chosen one. */
final class SessionsTab implements ClientTab {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy");

    private final VaultServices services;
    private final BackgroundTasks tasks;
    private final Supplier<AppPreferences> preferences;
    private final ZoneId zone;
    private final Runnable onStored;
    private final NoteEditorPresenter editor;
    private final NoteEditorPanel editorPanel;
    private final DefaultListModel<NoteListItem> model = new DefaultListModel<>();
    private final JList<NoteListItem> list = new JList<>(model);
    private final JPanel panel = new JPanel(new BorderLayout());
    private final JLabel empty = new JLabel(" ");
    private TaxonomyIndex taxonomy = TaxonomyIndex.empty();
    private @Nullable Long clientId;
    private boolean updating;

    SessionsTab(VaultServices services, BackgroundTasks tasks, Scheduler scheduler, Supplier<AppPreferences> preferences,
                Component owner, ZoneId zone, Runnable onStored) {
        this.services = services;
        this.tasks = tasks;
        this.preferences = preferences;
        this.zone = zone;
        this.onStored = onStored;
        // audit entries name the clinician (or the account while the vault names nobody); only a named clinician signs
        this.editor = new NoteEditorPresenter(services, tasks, scheduler, () -> preferences.get().auditActor(),
                () -> preferences.get().signature(), this::stored);
        this.editorPanel = new NoteEditorPanel(editor, zone, owner);

        list.setName("sessionList");
        list.getAccessibleContext().setAccessibleName("Sessions");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer((l, item, index, selected, focus) -> row(l, item, selected));
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updating && list.getSelectedValue() != null) {
                openNote(list.getSelectedValue().id());
            }
        });
        JButton newNote = new JButton("+ New note");
        newNote.setName("newNote");
        newNote.setToolTipText("Ctrl+N");
        newNote.addActionListener(e -> newNote(false));
        JButton copyForward = new JButton("+ From last themes");
        copyForward.setName("copyForward");
        copyForward.setToolTipText("A new note that starts with the previous note's themes and intensities");
        copyForward.addActionListener(e -> newNote(true));
        JPanel left = new JPanel(new MigLayout("wrap 1, insets 6, gap 6", "[grow, fill]", "[grow, fill][][][]"));
        left.add(new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER));
        left.add(empty);
        left.add(newNote);
        left.add(copyForward);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, editorPanel);
        split.setDividerLocation(260);
        split.setResizeWeight(0);
        split.setBorder(BorderFactory.createEmptyBorder());
        panel.add(split, BorderLayout.CENTER);
    }

    @Override
    public String title() {
        return "Sessions";
    }

    @Override
    public JComponent component() {
        return panel;
    }

    NoteEditorPresenter editor() {
        return editor;
    }

    NoteEditorPanel editorPanel() {
        return editorPanel;
    }

    void setTaxonomy(TaxonomyIndex taxonomy) {
        this.taxonomy = taxonomy;
        editorPanel.setTaxonomy(taxonomy);
        list.repaint();
    }

    @Override
    public void showClient(long id) {
        clientId = id;
        editor.close();
        loadList(null);
        // every goal: a draft offers the active ones, a signed note names the ones it rated, whatever their status now
        tasks.run(() -> services.framework().goals().goals(id),
                editorPanel::setGoals, error -> editorPanel.setGoals(List.of()));
    }

    /** Loads the list; opens {@code noteId}, or the newest note when null. */
    void loadList(@Nullable Long noteId) {
        loadListFor(() -> noteId);
    }

    /**
     * Loads the list; then opens the note {@code wanted} names at that moment, or the newest when it
     * names none. Asked late so that a note the clinician opened while the list loaded stays open.
     */
    private void loadListFor(Supplier<Long> wanted) {
        if (clientId == null) {
            return;
        }
        long id = clientId;
        empty.setText("Loading sessions…");
        tasks.run(() -> services.notes().listForClient(id), items -> {
            if (clientId == null || clientId != id) {
                return;
            }
            updating = true;
            try {
                model.clear();
                items.forEach(model::addElement);
            } finally {
                updating = false;
            }
            empty.setText(items.isEmpty() ? "No sessions yet. Start one with + New note (Ctrl+N)." : " ");
            Long noteId = wanted.get();
            Long open = noteId != null ? noteId : items.isEmpty() ? null : items.get(0).id();
            select(open);
            if (open != null && (editor.note() == null || editor.note().id() != open)) {
                editor.open(open);
            }
        }, error -> empty.setText("The sessions could not be loaded."));
    }

    /**
     * Opens the newest of {@code noteIds} (a search's matches) with the search's words marked in it,
     * and in each of the others when the clinician opens them. A note being written is saved first.
     */
    void showMatches(List<Long> noteIds, org.goldseam.search.MatchedWords words) {
        editor.flush(saved -> {
            if (saved) {
                editor.markSearch(words, noteIds);
                loadList(noteIds.get(noteIds.size() - 1));
            }
        });
    }

    private void select(@Nullable Long noteId) {
        updating = true;
        try {
            list.clearSelection();
            for (int i = 0; i < model.size(); i++) {
                if (noteId != null && model.get(i).id() == noteId) {
                    list.setSelectedIndex(i);
                    list.ensureIndexIsVisible(i);
                }
            }
        } finally {
            updating = false;
        }
    }

    private void openNote(long noteId) {
        editor.flush(saved -> {
            if (saved) {
                editor.open(noteId);
            } else if (editor.note() != null) {
                select(editor.note().id());
            }
        });
    }

    void newNote(boolean copyForward) {
        if (clientId == null) {
            return;
        }
        long id = clientId;
        editor.flush(saved -> {
            if (!saved) {
                return;
            }
            OffsetDateTime start = OffsetDateTime.now(services.clock().withZone(zone)).minusMinutes(50)
                    .truncatedTo(ChronoUnit.HOURS);
            NoteContent blank = NoteContents.blank(start, preferences.get().defaultFormat());
            // the clinician asked for a note to write in: the caret waits in it, so typing goes there
            editorPanel.focusNextNote();
            if (!copyForward || model.isEmpty()) {
                editor.create(id, blank);
                return;
            }
            long previous = model.get(0).id();
            tasks.run(() -> services.notes().findById(previous).orElseThrow(),
                    note -> editor.create(id, NoteContents.copyForward(note, start)),
                    error -> editor.create(id, blank));
        });
    }

    private void stored() {
        refresh();
        onStored.run();
    }

    /**
     * The list again, on the note the editor shows once it has loaded: a save that finishes as the
     * clinician clicks another session must not bring back the note just saved.
     */
    @Override
    public void refresh() {
        loadListFor(() -> editor.note() == null ? null : editor.note().id());
    }

    @Override
    public void clear() {
        clientId = null;
        editor.close();
        model.clear();
    }

    void flush(Consumer<Boolean> then) {
        editor.flush(then);
    }

    private Component row(JList<? extends NoteListItem> l, NoteListItem item, boolean selected) {
        JPanel row = new JPanel(new MigLayout("wrap 1, insets 4 6 4 6, gap 0"));
        String status = item.status() == NoteStatus.DRAFT ? "draft" : "signed";
        JLabel first = new JLabel(DAY.format(item.startsAt().atZoneSameInstant(zone)) + "  ·  " + status);
        String themes = item.topThemeEntryIds().stream().map(taxonomy::label).collect(Collectors.joining(", "));
        JLabel second = new JLabel(themes.isEmpty() ? Labels.of(item.type()) + " · " + Labels.of(item.attendance())
                : themes);
        second.putClientProperty("FlatLaf.styleClass", "small");
        row.add(first);
        row.add(second);
        row.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
        first.setForeground(selected ? l.getSelectionForeground()
                : item.status() == NoteStatus.DRAFT ? UIManager.getColor("Goldseam.accent") : l.getForeground());
        second.setForeground(selected ? l.getSelectionForeground() : UIManager.getColor("Goldseam.muted"));
        row.getAccessibleContext().setAccessibleName(first.getText() + ", " + second.getText());
        return row;
    }
}
