package org.goldseam.app.workspace.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JToggleButton;
import javax.swing.border.EmptyBorder;
import javax.swing.border.MatteBorder;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.ui.common.CategoryColors;
import org.goldseam.app.workspace.Formats;
import org.goldseam.app.workspace.MeasureForm;
import org.goldseam.app.workspace.MeasuresPresenter;
import org.goldseam.app.workspace.PresenterProperty;
import org.goldseam.framework.measure.Administration;
import org.goldseam.framework.measure.Instrument;
import org.goldseam.framework.model.RiskFlag;
import org.jspecify.annotations.Nullable;

/** The Measures tab: one instrument at a time, its trend with severity bands, and every form below. */
public final class MeasuresTab implements ClientTab {
    private final MeasuresPresenter presenter;
    private final ZoneId zone;
    private final TabFrame frame;
    private final JPanel chooser = new JPanel(new MigLayout("insets 0, gap 4"));
    private final JPanel chartHolder = new JPanel(new java.awt.BorderLayout());
    private final JLabel riskBanner = new JLabel();
    private final JLabel empty = Views.muted(" ");
    private final AdministrationTable tableModel = new AdministrationTable();
    private final JTable table = new JTable(tableModel);
    private final JButton enter;

    public MeasuresTab(VaultServices services, BackgroundTasks tasks) {
        this(new MeasuresPresenter(services, tasks), services.clock().getZone());
    }

    MeasuresTab(MeasuresPresenter presenter, ZoneId zone) {
        this.presenter = presenter;
        this.zone = zone;
        enter = Views.primary("Enter measure…", "Enter a measure", e -> openEntryDialog());
        JPanel toolbar = new JPanel(new MigLayout("insets 0, fillx", "[grow][]"));
        toolbar.add(chooser);
        toolbar.add(enter);

        riskBanner.setOpaque(true);
        riskBanner.setForeground(Views.riskColor());
        riskBanner.setBackground(CategoryColors.soft(Views.riskColor(), 0.1f));
        riskBanner.setBorder(new EmptyBorder(6, 10, 6, 10));
        Views.named(riskBanner, "Open risk flags");
        Views.named(table, "Forms entered");
        table.setRowHeight(Math.max(table.getRowHeight(), 24));
        table.setFillsViewportHeight(true);
        table.setShowVerticalLines(false);
        table.getColumnModel().getColumn(0).setPreferredWidth(110);
        table.getColumnModel().getColumn(1).setPreferredWidth(70);
        table.getColumnModel().getColumn(2).setPreferredWidth(160);
        table.getColumnModel().getColumn(3).setPreferredWidth(260);
        JScrollPane tableScroll = new JScrollPane(table);
        tableScroll.setBorder(new MatteBorder(1, 0, 0, 0, Views.borderColor()));

        JPanel content = new JPanel(new MigLayout("insets 4 16 12 16, fill, wrap 1, hidemode 3", "[grow, fill]",
                "[][][grow 60, fill][grow 40, fill]"));
        content.add(riskBanner, "wmin 0");
        content.add(empty);
        content.add(chartHolder, "hmin 220");
        content.add(tableScroll, "hmin 120");

        frame = new TabFrame("Measures", toolbar, content, "Choose a client to see their measures.");
        frame.bind(presenter);
        presenter.addListener(PresenterProperty.DATA, e -> showData());
        presenter.addListener(PresenterProperty.OPTIONS, e -> showSelected());
        showData();
    }

    @Override
    public String title() {
        return "Measures";
    }

    @Override
    public JComponent component() {
        return frame;
    }

    @Override
    public void showClient(long clientId) {
        presenter.showClient(clientId);
    }

    @Override
    public void refresh() {
        presenter.refresh();
    }

    @Override
    public void clear() {
        presenter.clear();
    }

    MeasuresPresenter presenter() {
        return presenter;
    }

    /** Opens "Enter measure…" and stores what the clinician saves. */
    void openEntryDialog() {
        MeasuresPresenter.Measures measures = presenter.data();
        if (measures == null) {
            return;
        }
        List<Instrument> choices = measures.instruments().stream().map(MeasuresPresenter.InstrumentHistory::instrument).toList();
        MeasureEntryDialog.show(frame, choices, presenter.selected(), presenter::newForm).ifPresent(presenter::enter);
    }

    private void showData() {
        MeasuresPresenter.Measures measures = presenter.data();
        enter.setEnabled(measures != null);
        chooser.removeAll();
        if (measures != null) {
            ButtonGroup group = new ButtonGroup();
            for (MeasuresPresenter.InstrumentHistory history : measures.instruments()) {
                Instrument instrument = history.instrument();
                int count = history.administrations().size();
                JToggleButton button = new JToggleButton(instrument.name() + (count == 0 ? "" : "  " + count));
                button.setName("instrument-" + instrument.key());
                Views.named(button, instrument.name() + ", " + count + (count == 1 ? " form" : " forms"));
                button.setSelected(instrument.key().equals(presenter.selected()));
                button.addActionListener(e -> presenter.select(instrument.key()));
                group.add(button);
                chooser.add(button);
            }
            List<RiskFlag> flags = measures.openFlags();
            riskBanner.setVisible(!flags.isEmpty());
            if (!flags.isEmpty()) {
                List<String> dates = new ArrayList<>();
                flags.forEach(f -> dates.add(Formats.date(f.raisedAt().atZoneSameInstant(zone).toLocalDate())));
                riskBanner.setText("<html><b>Risk review due.</b> PHQ-9 item 9 was answered above \u201cnot at all\u201d on "
                        + String.join(", ", dates) + ". Record a risk review on the Overview tab.</html>");
            }
        } else {
            riskBanner.setVisible(false);
        }
        chooser.revalidate();
        chooser.repaint();
        showSelected();
    }

    private void showSelected() {
        chartHolder.removeAll();
        var history = presenter.selectedHistory();
        if (history.isEmpty()) {
            tableModel.show(List.of(), null);
            empty.setVisible(false);
        } else {
            Instrument instrument = history.get().instrument();
            List<Administration> administrations = history.get().administrations();
            for (var component : chooser.getComponents()) {
                if (component instanceof JToggleButton toggle) {
                    toggle.setSelected(toggle.getName().equals("instrument-" + instrument.key()));
                }
            }
            boolean anyComplete = administrations.stream().anyMatch(a -> a.score().complete());
            empty.setVisible(!anyComplete);
            empty.setText(administrations.isEmpty()
                    ? "No " + instrument.name() + " yet. \u201cEnter measure…\u201d adds the first."
                    : "No complete " + instrument.name() + " yet, so there is no trend to draw.");
            if (anyComplete) {
                chartHolder.add(MeasureChart.panel(instrument, administrations, zone));
            }
            tableModel.show(administrations, instrument);
        }
        chartHolder.revalidate();
        chartHolder.repaint();
    }

    /** Newest form first: date, total, band, and whether every item was answered. */
    private final class AdministrationTable extends org.goldseam.app.ui.common.RowTableModel<Administration> {
        private static final long serialVersionUID = 1L;
        private transient @Nullable Instrument instrument;

        AdministrationTable() {
            super("Date", "Total", "Band", "Form");
        }

        void show(List<Administration> administrations, @Nullable Instrument shown) {
            List<Administration> newestFirst = new ArrayList<>(administrations);
            java.util.Collections.reverse(newestFirst);
            instrument = shown;
            setRows(newestFirst);
        }

        @Override
        protected Object value(Administration a, int column) {
            return switch (column) {
                case 0 -> Formats.date(a.administeredAt().atZoneSameInstant(zone).toLocalDate());
                case 1 -> a.score().complete() ? MeasureForm.plain(a.score().total()) : "–";
                case 2 -> a.score().band() == null ? "" : a.score().band();
                default -> formState(a);
            };
        }

        private String formState(Administration a) {
            if (a.score().complete()) {
                return "complete";
            }
            int answered = a.answers().size();
            Instrument shown = instrument; // set with the rows, so present whenever a row is drawn
            return "incomplete: " + answered + (shown == null ? "" : " of " + shown.itemCount()) + " items answered";
        }
    }
}
