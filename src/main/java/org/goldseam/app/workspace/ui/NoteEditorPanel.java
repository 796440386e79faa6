package org.goldseam.app.workspace.ui;

import org.goldseam.app.ui.common.WidthTrackingPanel;
import java.awt.BorderLayout;
import java.awt.Font;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.workspace.NoteContents;
import org.goldseam.app.workspace.NoteEditorPresenter;
import org.goldseam.app.workspace.NoteHighlights;
import org.goldseam.app.workspace.SaveStatus;
import org.goldseam.app.workspace.TaxonomyIndex;
import org.goldseam.framework.model.TreatmentGoal;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteSectionText;
import org.goldseam.notes.Section;
import org.goldseam.notes.SessionNote;
import org.jspecify.annotations.Nullable;

/**
 * The session-note editor: header, themes, interventions, goal progress, the format's sections, a
 * visibly separate private section, and (once signed) the addenda. Everything typed goes to the
 * {@link NoteEditorPresenter}, which saves it a moment later.
 */
final class NoteEditorPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final transient NoteEditorPresenter presenter;
    private final transient ZoneId zone;
    private transient TaxonomyIndex taxonomy = TaxonomyIndex.empty();
    private transient List<TreatmentGoal> goals = List.of();
    private final JLabel signedBanner = new JLabel();
    private final NoteHeaderPanel header;
    private final ThemeChipsPanel themes;
    private final JPanel suggestionsRow = new JPanel(new MigLayout("insets 0, gap 6 2"));
    private final JLabel themesWarning = new JLabel();
    /** Set by {@link #focusNextNote}: the caret goes into the next note shown. */
    private boolean focusNextNote;
    private final InterventionChecks interventions = new InterventionChecks(this::edit);
    private final GoalProgressRows goalRows = new GoalProgressRows(this::edit);
    private final JPanel sections = new JPanel(new MigLayout("wrap 1, insets 0, gap 2", "[grow, fill]"));
    private final Map<Section, JTextArea> sectionAreas = new java.util.LinkedHashMap<>();
    private final JToggleButton privateToggle = new JToggleButton();
    private final JTextArea privateArea = area("privateNotes", "Private psychotherapy notes");
    private final JScrollPane privateScroll = new JScrollPane(privateArea);
    private final AddendaPanel addenda;
    private final JLabel words = new JLabel(" ");
    private final JLabel status = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final JButton sign = new JButton("Sign  (Ctrl+Enter)");
    private final java.awt.CardLayout cards = new java.awt.CardLayout();
    private final JPanel editorCard = new JPanel(new BorderLayout());
    private final transient MatchMarks marks = new MatchMarks();
    private final JPanel body;
    private boolean loading;

    NoteEditorPanel(NoteEditorPresenter presenter, ZoneId zone, java.awt.Component dialogOwner) {
        super();
        setLayout(cards);
        this.presenter = presenter;
        this.zone = zone;
        this.header = new NoteHeaderPanel(presenter::edit, zone);
        this.themes = new ThemeChipsPanel(change -> edit(c -> NoteContents.withObservations(c, change)));
        this.addenda = new AddendaPanel(presenter, dialogOwner, zone);
        setName("noteEditor");

        body = new WidthTrackingPanel(new MigLayout("wrap 1, insets 10 14 10 14, gap 6", "[grow, fill]"));
        signedBanner.setName("signedBanner");
        signedBanner.putClientProperty("FlatLaf.styleClass", "h4");
        body.add(signedBanner, "hidemode 3");
        body.add(header);
        body.add(heading("Themes"), "gaptop 6");
        themesWarning.setName("themesWarning");
        themesWarning.setForeground(UIManager.getColor("Goldseam.risk"));
        body.add(themesWarning, "hidemode 3, wmin 0");
        body.add(themes);
        suggestionsRow.setName("themeSuggestions");
        body.add(suggestionsRow, "hidemode 3");
        body.add(heading("Interventions"), "gaptop 6");
        body.add(interventions);
        body.add(heading("Goal progress (0–10)"), "gaptop 6, hidemode 3");
        body.add(goalRows, "hidemode 3");
        body.add(sections, "gaptop 6");
        body.add(new SessionRecordsPanel(presenter), "gaptop 10");
        privateToggle.setName("privateToggle");
        privateToggle.putClientProperty("JButton.buttonType", "borderless");
        privateToggle.getAccessibleContext().setAccessibleName("Show private psychotherapy notes");
        privateToggle.addActionListener(e -> showPrivate(privateToggle.isSelected()));
        body.add(privateToggle, "gaptop 8, growx 0");
        // typed private notes save like a section (into their own table, never exported: ADR 0004)
        privateArea.getDocument().addDocumentListener(ThemeChipsPanel.onChange(
                () -> edit(c -> NoteContents.withPrivateNotes(c, privateArea.getText()))));
        privateArea.setBackground(UIManager.getColor("Goldseam.privateBackground"));
        privateScroll.setBorder(BorderFactory.createMatteBorder(0, 4, 0, 0, UIManager.getColor("Goldseam.privateBorder")));
        body.add(privateScroll, "hidemode 3, hmin 90");
        body.add(addenda, "gaptop 10, hidemode 3");

        JScrollPane scroll = new JScrollPane(body);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        editorCard.add(scroll, BorderLayout.CENTER);

        JPanel footer = new JPanel(new MigLayout("insets 6 14 6 14, gap 12", "[][grow][][]"));
        words.setName("wordCount");
        status.setName("saveStatus");
        message.setName("editorMessage");
        message.setForeground(UIManager.getColor("Goldseam.risk"));
        sign.setName("sign");
        sign.getAccessibleContext().setAccessibleName("Sign the note");
        sign.putClientProperty("JButton.buttonType", "default");
        sign.addActionListener(e -> confirmAndSign());
        footer.add(words);
        footer.add(message, "growx");
        footer.add(status);
        footer.add(sign, "hidemode 3");
        editorCard.add(footer, BorderLayout.SOUTH);
        JLabel none = new JLabel("Choose a session on the left, or start a new note (Ctrl+N).", javax.swing.SwingConstants.CENTER);
        none.putClientProperty("FlatLaf.styleClass", "h4");
        add(none, "none");
        add(editorCard, "editor");

        presenter.addListener(NoteEditorPresenter.Property.NOTE, e -> showNote());
        presenter.addListener(NoteEditorPresenter.Property.CONTENT, e -> contentChanged());
        presenter.addListener(NoteEditorPresenter.Property.SAVE_STATUS, e -> showStatus());
        presenter.addListener(NoteEditorPresenter.Property.SUGGESTIONS, e -> showSuggestions());
        presenter.addListener(NoteEditorPresenter.Property.MESSAGE, e -> message.setText(
                presenter.message() == null ? " " : presenter.message()));
        presenter.addListener(NoteEditorPresenter.Property.HIGHLIGHTS, e -> {
            showHighlights();
            revealFirstHighlight();
        });
        showNote();
    }

    void setTaxonomy(TaxonomyIndex taxonomy) {
        this.taxonomy = taxonomy;
        themes.setTaxonomy(taxonomy);
        showNote();
    }

    void setGoals(List<TreatmentGoal> goals) {
        this.goals = goals;
        showNote();
    }

    /** Ctrl+Enter: asks, then signs. */
    void confirmAndSign() {
        if (presenter.note() == null || presenter.isSigned()) {
            return;
        }
        int answer = javax.swing.JOptionPane.showConfirmDialog(this,
                "Sign this note? After signing it can no longer be changed; corrections are added as dated addenda.",
                "Sign note", javax.swing.JOptionPane.OK_CANCEL_OPTION, javax.swing.JOptionPane.QUESTION_MESSAGE);
        if (answer == javax.swing.JOptionPane.OK_OPTION) {
            presenter.sign();
        }
    }

    /** The section being written and its caret, for returning there after a lock. */
    @Nullable String focusedSection() {
        return sectionAreas.entrySet().stream().filter(e -> e.getValue().isFocusOwner())
                .map(e -> e.getKey().name()).findFirst().orElse(null);
    }

    int caret(@Nullable String section) {
        JTextArea area = section == null ? null : sectionAreas.get(Section.valueOf(section));
        return area == null ? 0 : area.getCaretPosition();
    }

    void focus(@Nullable String section, int caret) {
        JTextArea area = section == null ? firstArea() : sectionAreas.get(Section.valueOf(section));
        if (area != null) {
            area.setCaretPosition(Math.min(caret, area.getDocument().getLength()));
            area.requestFocusInWindow();
        }
    }

    /** The next note shown (the one being created) gets the caret in its first section. */
    void focusNextNote() {
        focusNextNote = true;
    }

    private @Nullable JTextArea firstArea() {
        return sectionAreas.values().stream().findFirst().orElse(null);
    }

    private void edit(java.util.function.UnaryOperator<NoteContent> change) {
        if (!loading) {
            presenter.edit(change);
        }
    }

    private void showNote() {
        SessionNote note = presenter.note();
        NoteContent content = presenter.content();
        cards.show(this, note == null ? "none" : "editor");
        if (note == null || content == null) { // the presenter sets and clears both together
            return;
        }
        loading = true;
        try {
            boolean editable = !note.isSigned();
            signedBanner.setVisible(note.isSigned());
            if (note.isSigned()) {
                String late = presenter.isLateEntry() ? "  ·  Late entry" : "";
                signedBanner.setText("Signed " + (note.signedAt() == null ? "(time not recorded)"
                        : STAMP.format(note.signedAt().atZoneSameInstant(zone))) + " by "
                        + note.signedBy() + late + "  ·  read-only; add an addendum for changes");
            }
            header.show(content, editable);
            // a signed note reads as it was signed: its own labels, its own goals, nothing added since
            org.goldseam.notes.LabelsAtSigning atSigning = note.isSigned() ? note.atSigning() : null;
            themes.setEditable(editable);
            themes.setLabelsAtSigning(atSigning);
            themes.show(content.observations(), true);
            showThemesWarning(content);
            interventions.show(taxonomy, content, editable, atSigning);
            goalRows.show(goals, content, editable, atSigning);
            showSections(content, editable);
            privateArea.setText(content.privateNotes() == null ? "" : content.privateNotes());
            privateArea.setEditable(editable);
            privateArea.setCaretPosition(0);
            showPrivate(false);
            addenda.setVisible(note.isSigned());
            sign.setVisible(editable);
            message.setText(" ");
            words.setText(NoteContents.wordCount(content) + " words");
        } finally {
            loading = false;
        }
        showStatus();
        // the areas were built anew: mark them again (a note opened from a search)
        showHighlights();
        revealFirstHighlight();
        if (focusNextNote) {
            focusNextNote = false;
            if (!note.isSigned()) {
                // once the editor card is laid out and showing: a hidden area cannot take the focus
                javax.swing.SwingUtilities.invokeLater(() -> focus(null, 0));
            }
        }
    }

    /** Marks the search's matches that the presenter holds for this note; none once the clinician types. */
    private void showHighlights() {
        marks.clear();
        NoteHighlights highlights = presenter.highlights();
        sectionAreas.forEach((section, area) -> marks.mark(area, highlights.in(section)));
    }

    private void revealFirstHighlight() {
        NoteHighlights highlights = presenter.highlights();
        Section first = highlights.first();
        JTextArea area = first == null ? null : sectionAreas.get(first);
        if (first != null && area != null) {
            MatchMarks.reveal(area, highlights.in(first).get(0), body);
        }
    }

    private void contentChanged() {
        NoteContent content = presenter.content();
        if (content == null) {
            return;
        }
        // a new format brings other sections; typing in a section never rebuilds the areas
        if (!new java.util.HashSet<>(sectionAreas.keySet()).equals(new java.util.HashSet<>(content.format().sections()))) {
            loading = true;
            try {
                showSections(content, !presenter.isSigned());
            } finally {
                loading = false;
            }
            showHighlights();
        }
        themes.show(content.observations(), false);
        interventions.update(content);
        showThemesWarning(content);
        words.setText(NoteContents.wordCount(content) + " words");
        message.setText(" ");
    }

    /** Warns, in words, when themes sit on a session whose attendance means they are not counted. */
    private void showThemesWarning(NoteContent content) {
        boolean warn = presenter.themesOnUncountedSession();
        themesWarning.setVisible(warn);
        // wrapped by the label's own HTML so the sentence fits the editor's width
        themesWarning.setText(warn ? "<html>" + escape(EditorText.get("themes.uncountedSession", Labels.of(content.attendance())))
                + "</html>" : "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void showSections(NoteContent content, boolean editable) {
        sections.removeAll();
        sectionAreas.clear();
        for (NoteSectionText section : content.sections()) {
            JTextArea area = area("section:" + section.section().name(), NoteContents.label(section.section()));
            area.setText(section.text() == null ? "" : section.text());
            area.setCaretPosition(0);
            area.setEditable(editable);
            Section key = section.section();
            area.getDocument().addDocumentListener(ThemeChipsPanel.onChange(
                    () -> edit(c -> NoteContents.withSection(c, key, area.getText()))));
            sections.add(heading(NoteContents.label(key)), "gaptop 4");
            JScrollPane scroll = new JScrollPane(area);
            sections.add(scroll, "hmin 70");
            sectionAreas.put(key, area);
        }
        sections.revalidate();
    }

    private void showPrivate(boolean open) {
        privateToggle.setSelected(open);
        privateToggle.setText((open ? "▾ " : "▸ ") + "Private psychotherapy notes — never in summaries or exports");
        privateScroll.setVisible(open);
        revalidate();
    }

    /** One-click offers of themes the text seems to describe; nothing is tagged until clicked. */
    private void showSuggestions() {
        suggestionsRow.removeAll();
        var offered = presenter.isSigned() ? java.util.List.<org.goldseam.search.ThemeSuggestion>of() : presenter.suggestions();
        suggestionsRow.setVisible(!offered.isEmpty());
        if (!offered.isEmpty()) {
            JLabel label = new JLabel("Suggested from the text:");
            label.putClientProperty("FlatLaf.styleClass", "small");
            suggestionsRow.add(label);
        }
        for (var suggestion : offered) {
            JButton offer = new JButton("+ " + suggestion.label());
            offer.setName("suggest:" + suggestion.key());
            offer.setToolTipText("Because the note says \u201c" + suggestion.phrase() + "\u201d");
            offer.getAccessibleContext().setAccessibleName("Add suggested theme " + suggestion.label());
            offer.putClientProperty("JButton.buttonType", "roundRect");
            offer.setBorder(BorderFactory.createCompoundBorder(
                    BorderFactory.createMatteBorder(0, 4, 0, 0, org.goldseam.app.ui.common.CategoryColors.of(taxonomy.category(suggestion.entryId()))),
                    BorderFactory.createEmptyBorder(2, 6, 2, 6)));
            offer.addActionListener(e -> presenter.accept(suggestion));
            suggestionsRow.add(offer);
        }
        suggestionsRow.revalidate();
        suggestionsRow.repaint();
    }

    private void showStatus() {
        SaveStatus s = presenter.status();
        if (s == null) {
            status.setText(" ");
            return;
        }
        status.setText(switch (s.state()) {
            case SAVED -> s.savedAt() == null ? "Saved" : "Saved " + savedWhen(s.savedAt());
            case PENDING -> "Editing…";
            case SAVING -> "Saving…";
            case FAILED -> "Not saved — " + s.problem();
        });
        status.setForeground(s.state() == SaveStatus.State.FAILED ? UIManager.getColor("Goldseam.risk")
                : UIManager.getColor("Goldseam.muted"));
    }

    /** "Saved 10:42" today; "Saved 16 Nov, 10:42" for a note last touched on another day. */
    private String savedWhen(java.time.Instant at) {
        java.time.ZonedDateTime when = at.atZone(zone);
        boolean today = when.toLocalDate().equals(java.time.LocalDate.now(zone));
        return today ? CLOCK.format(when) : DateTimeFormatter.ofPattern("d MMM, HH:mm").format(when);
    }

    private static JLabel heading(String text) {
        JLabel label = new JLabel(text);
        label.setFont(label.getFont().deriveFont(Font.BOLD));
        return label;
    }

    static JTextArea area(String name, String accessible) {
        return TextAreas.area(name, accessible);
    }
}
