package org.goldseam.app.workspace.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingConstants;
import javax.swing.border.CompoundBorder;
import javax.swing.border.EmptyBorder;
import javax.swing.border.MatteBorder;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.ui.common.CategoryColors;
import org.goldseam.app.workspace.ClientPresenter;
import org.goldseam.app.workspace.LoadState;
import org.goldseam.app.workspace.PresenterProperty;
import org.jspecify.annotations.Nullable;

/**
 * The frame every workspace tab sits in: a quiet line for progress and messages on top, and below
 * it either the tab's content or a sentence saying why there is none (no client, reading, failed).
 */
final class TabFrame extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final String CONTENT = "content";
    private static final String EMPTY_NOTICE = "emptyNotice";

    private final CardLayout cards = new CardLayout();
    private final JPanel deck = new JPanel(cards);
    private final JLabel emptyNotice = Views.muted("");
    private final JProgressBar busy = new JProgressBar();
    private final JPanel messageBar = new JPanel(new MigLayout("insets 6 12 6 8, fillx", "[grow][]"));
    private final JLabel message = new JLabel();
    private final String emptyText;

    TabFrame(String name, JComponent toolbar, JComponent content, String emptyText) {
        super(new BorderLayout());
        this.emptyText = emptyText;
        Views.named(this, name);
        busy.setIndeterminate(true);
        busy.setVisible(false);
        Views.named(busy, "Reading the vault");
        busy.putClientProperty("JProgressBar.largeHeight", false);

        JPanel top = new JPanel(new MigLayout("insets 8 16 4 16, fillx, hidemode 3", "[grow][]", "[]0[]"));
        top.add(toolbar, "growx");
        top.add(busy, "w 80!, h 4!, aligny center, wrap");
        messageBar.setBackground(CategoryColors.soft(Views.riskColor(), 0.12f));
        messageBar.setBorder(new CompoundBorder(new MatteBorder(0, 3, 0, 0, Views.riskColor()), new EmptyBorder(0, 0, 0, 0)));
        messageBar.add(Views.named(message, "Message"), "growx, wmin 0");
        JButton dismiss = Views.action("Dismiss", "Dismiss the message", e -> messageBar.setVisible(false));
        messageBar.add(dismiss);
        messageBar.setVisible(false);
        top.add(messageBar, "span, growx, gaptop 6");
        add(top, BorderLayout.NORTH);

        emptyNotice.setHorizontalAlignment(SwingConstants.CENTER);
        deck.add(content, CONTENT);
        deck.add(emptyNotice, EMPTY_NOTICE);
        add(deck, BorderLayout.CENTER);
        showPlaceholder(emptyText);
    }

    /** Follows the presenter's state and message; call on the event thread. */
    void bind(ClientPresenter<?> presenter) {
        presenter.addListener(PresenterProperty.STATE, e -> follow(presenter));
        presenter.addListener(PresenterProperty.DATA, e -> follow(presenter));
        presenter.addListener(PresenterProperty.MESSAGE, e -> showMessage(presenter.message()));
        follow(presenter);
    }

    void follow(LoadState state, boolean hasData, @Nullable String failure) {
        busy.setVisible(state == LoadState.LOADING);
        if (hasData) {
            cards.show(deck, CONTENT);
        } else if (state == LoadState.LOADING) {
            showPlaceholder("Reading…");
        } else if (state == LoadState.FAILED) {
            showPlaceholder(failure == null ? "This could not be read." : failure);
        } else {
            showPlaceholder(emptyText);
        }
    }

    void showMessage(@Nullable String text) {
        message.setText(text == null ? "" : "<html>" + escape(text) + "</html>");
        messageBar.setVisible(text != null);
        revalidate();
    }

    private void follow(ClientPresenter<?> presenter) {
        follow(presenter.state(), presenter.data() != null, presenter.message());
    }

    private void showPlaceholder(String text) {
        emptyNotice.setText(text);
        cards.show(deck, EMPTY_NOTICE);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }
}
