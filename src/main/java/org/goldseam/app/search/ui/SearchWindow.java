package org.goldseam.app.search.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.search.SearchPresenter;
import org.goldseam.app.services.VaultAccess;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.search.SearchPresenter.Property;
import org.goldseam.app.search.SearchPresenter;
import org.goldseam.app.search.SearchState;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.ui.common.SwingScheduler;
import org.goldseam.search.ClientMatch;
import org.goldseam.search.IndexStatus;
import org.goldseam.search.SearchService;

/**
 * The caseload search window: the query box on top with what cannot be read pointed out beneath
 * it, the structured form and saved searches on the left, the clients found on the right with the
 * selected client's matching passages below. Modeless, so the clinician can keep it beside the
 * record; Enter or a double-click on a row opens the client through {@link OpenClient}.
 */
public final class SearchWindow {
    private final SearchPresenter presenter;
    private final OpenClient open;
    private final ZoneId zone;
    private final JDialog dialog;
    private final JTextField query = new JTextField();
    private final JLabel problem = new JLabel(" ");
    private final SearchFormPanel form;
    private final SavedSearchesPanel saved;
    private final ResultsTable results;
    private final JEditorPane details = new JEditorPane("text/html", "");
    private final JLabel status = new JLabel(" ");
    private final JProgressBar progress = new JProgressBar(0, 100);
    private final Object errorMark;
    private final JSplitPane right;
    private boolean showingText;

    private SearchWindow(Window owner, SearchPresenter presenter, java.time.Clock clock, OpenClient open) {
        this.presenter = presenter;
        this.open = open;
        this.zone = clock.getZone();
        dialog = new JDialog(owner, "Search the caseload", JDialog.ModalityType.MODELESS);
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        dialog.getRootPane().getAccessibleContext().setAccessibleName("Search the caseload");
        form = new SearchFormPanel(presenter);
        saved = new SavedSearchesPanel(presenter);
        results = new ResultsTable(clock, presenter::themeLabel);

        query.setName("query");
        query.getAccessibleContext().setAccessibleName("Search: themes, filters and words");
        query.putClientProperty("JTextField.placeholderText",
                "e.g. theme:core_belief.fraud min:3 last:5 \"not enough\" status:active");
        query.putClientProperty("JTextField.showClearButton", true);
        query.setToolTipText(java.util.ResourceBundle.getBundle("org.goldseam.app.search.ui.search", java.util.Locale.ROOT)
                .getString("query.help"));
        query.setFont(query.getFont().deriveFont(query.getFont().getSize2D() + 1f));
        query.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                typed();
            }
        });
        query.addActionListener(e -> presenter.searchNow());
        bind(query, KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "to results", () -> {
            if (results.rowCount() > 0) {
                results.table().requestFocusInWindow();
                if (results.table().getSelectedRow() < 0) {
                    results.table().setRowSelectionInterval(0, 0);
                }
            }
        });
        errorMark = addMark();
        problem.setName("problem");
        problem.setForeground(riskColor());

        JButton search = new JButton("Search");
        search.setName("search");
        search.addActionListener(e -> presenter.searchNow());

        var table = results.table();
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && table.rowAtPoint(e.getPoint()) >= 0) {
                    openSelected();
                }
            }
        });
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "open client");
        table.getActionMap().put("open client", action(this::openSelected));
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showDetails();
            }
        });
        details.setEditable(false);
        details.setName("details");
        details.getAccessibleContext().setAccessibleName("Where the search matched");
        details.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, true);
        details.setFont(UIManager.getFont("Label.font"));

        JPanel left = new JPanel(new MigLayout("insets 0, wrap 1, fill", "[grow, fill]", "[grow, fill][]"));
        JScrollPane formScroll = new JScrollPane(form.component());
        formScroll.setBorder(null);
        formScroll.getVerticalScrollBar().setUnitIncrement(16);
        left.add(formScroll);
        left.add(saved.component(), "gaptop 8");
        right = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), new JScrollPane(details));
        right.setResizeWeight(0.5);
        right.setBorder(null);

        progress.setVisible(false);
        progress.setName("index progress");
        status.setName("status");
        JPanel content = new JPanel(new MigLayout("insets 12, fill, hidemode 3", "[370!][grow, fill]", "[][][grow, fill][]"));
        content.add(query, "span 2, split 2, growx, h 32!");
        content.add(search, "wrap");
        content.add(problem, "span 2, wmin 0, wrap");
        content.add(left, "grow");
        content.add(right, "grow, wrap");
        content.add(status, "span 2, split 2, wmin 0");
        content.add(progress, "w 200!");
        dialog.setContentPane(content);
        bind(content, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close", this::close);
        dialog.setMinimumSize(new Dimension(980, 600));
        dialog.setSize(1240, 820);
        dialog.setLocationRelativeTo(owner);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                presenter.clear();
            }
        });

        presenter.addListener(Property.QUERY_TEXT, e -> showText());
        presenter.addListener(Property.FORM, e -> form.show(presenter.form()));
        presenter.addListener(Property.INCLUDE_PRIVATE, e -> form.show(presenter.form()));
        presenter.addListener(Property.PROBLEM, e -> showProblem());
        presenter.addListener(Property.STATE, e -> showState());
        presenter.addListener(Property.INDEX, e -> showState());
        presenter.addListener(Property.MESSAGE, e -> showState());
        presenter.addListener(Property.RESULT, e -> {
            results.show(presenter.result());
            showDetails();
            showState();
        });
        presenter.addListener(Property.SAVED, e -> saved.show(presenter.savedSearches()));
        presenter.addListener(Property.THEMES, e -> {
            form.refilter();
            form.show(presenter.form());
        });
        showState();
    }

    /**
     * Opens the search window beside {@code owner} and reads the taxonomy and saved searches in the
     * background. Word searches wait for the index that the app builds after unlock.
     */
    public static SearchWindow show(Window owner, VaultServices services, SearchService search, BackgroundTasks tasks,
                                    OpenClient open) {
        SearchPresenter presenter = new SearchPresenter(search, services.framework().taxonomy(), tasks, new SwingScheduler());
        VaultAccess access = new VaultAccess(services.vault(), services.clock());
        presenter.onPrivateNotesRead(() -> access.privateNotesRead(services.actor().get(), "search window"));
        SearchWindow window = new SearchWindow(owner, presenter, services.clock(), Objects.requireNonNull(open));
        window.dialog.setVisible(true);
        // half and half once the window has a size: few rows of results, long passages below
        window.right.setDividerLocation(0.5);
        window.query.requestFocusInWindow();
        presenter.open();
        return window;
    }

    /** Closes the window and forgets every query, result and name it showed (the vault is locking). */
    public void close() {
        presenter.clear();
        results.show(null);
        details.setText("");
        dialog.dispose();
    }

    /** Brings the window forward again, e.g. when Ctrl+Shift+F is pressed while it is open. */
    public void toFront() {
        dialog.setVisible(true);
        dialog.toFront();
        query.requestFocusInWindow();
    }

    public boolean isShowing() {
        return dialog.isShowing();
    }

    JDialog dialog() {
        return dialog;
    }

    private void typed() {
        if (!showingText) {
            presenter.setQueryText(query.getText());
        }
    }

    private void showText() {
        if (!query.getText().equals(presenter.queryText())) {
            showingText = true;
            try {
                query.setText(presenter.queryText());
            } finally {
                showingText = false;
            }
        }
        saved.enable();
    }

    private void showProblem() {
        org.goldseam.app.search.SearchProblem now = presenter.problem();
        query.getHighlighter().removeAllHighlights();
        query.putClientProperty("JComponent.outline", now == null ? null : "error");
        if (now == null) {
            problem.setText(" ");
            return;
        }
        String where = "";
        if (now.pointsAtText()) {
            String text = query.getText();
            int start = Math.min(now.position(), text.length());
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end == start && start > 0) {
                start--; // a problem at the very end (a missing value) marks the character before it
            }
            try {
                query.getHighlighter().addHighlight(start, end, (DefaultHighlighter.DefaultHighlightPainter) errorMark);
            } catch (BadLocationException ignored) {
                // the text changed under the mark; the message below still says where
            }
            where = " (at character " + (Math.min(now.position(), text.length()) + 1) + ", marked in the box)";
        }
        problem.setText("<html>" + org.goldseam.app.ui.common.Html.escape(now.message() + where) + "</html>");
        saved.enable();
    }

    private void showState() {
        IndexStatus index = presenter.indexStatus();
        SearchState state = presenter.state();
        progress.setVisible(state == SearchState.INDEXING);
        progress.setValue((int) Math.round(index.fraction() * 100));
        String text = switch (state) {
            case IDLE -> "Type a search above, or choose themes on the left.";
            case INDEXING -> index.state() == IndexStatus.State.BUILDING
                    ? String.format(Locale.ROOT, "Indexing notes for word search\u2026 %d of %d", index.done(), index.total())
                    : "Indexing notes for word search\u2026 the search runs as soon as it is ready.";
            case SEARCHING -> "Searching\u2026";
            case RESULTS -> found();
            case INVALID -> presenter.result() == null ? "Correct the search to see results."
                    : "Showing the last results until the search can be read.";
        };
        String message = presenter.message();
        status.setText(message == null ? text : message);
        status.setForeground(message == null ? UIManager.getColor("Label.foreground") : riskColor());
        saved.enable();
    }

    private String found() {
        var result = presenter.result();
        int count = result == null ? 0 : result.clients().size();
        String clients = count == 0 ? "No client matches." : count == 1 ? "1 client." : count + " clients.";
        return clients + (result != null && result.includePrivate() ? " Private notes included." : "");
    }

    private void showDetails() {
        var match = results.selected();
        details.setText(match.map(m -> MatchDetails.html(presenter.withPassages(m), zone, presenter::themeLabel)).orElse(""));
        details.setCaretPosition(0);
    }

    private void openSelected() {
        results.selected().ifPresent((ClientMatch m) -> open.open(m.clientId(), List.copyOf(m.matchingNoteIds()),
                org.goldseam.search.MatchedWords.of(presenter.result())));
    }

    private Object addMark() {
        Color risk = riskColor();
        return new DefaultHighlighter.DefaultHighlightPainter(new Color(risk.getRed(), risk.getGreen(), risk.getBlue(), 70));
    }

    private static Color riskColor() {
        Color color = UIManager.getColor("Goldseam.risk");
        return color != null ? color : new Color(0xc0392b);
    }

    private static void bind(JComponent on, KeyStroke key, String name, Runnable run) {
        on.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(key, name);
        on.getActionMap().put(name, action(run));
    }

    private static AbstractAction action(Runnable run) {
        return new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                run.run();
            }
        };
    }
}
