package org.goldseam.app.summary.ui;

import java.awt.Color;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSpinner;
import javax.swing.SpinnerDateModel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.summary.ExportForm;
import org.goldseam.app.summary.PeriodChoice;
import org.goldseam.app.summary.PeriodPreset;
import org.goldseam.app.summary.RenderState;
import org.goldseam.app.summary.SummaryProperty;
import org.goldseam.summary.SummarySection;

/**
 * The parts both summary dialogs share, bound to their presenter: the period (presets with the dates
 * they stand for, editable only for custom dates), the sections and initials only. Every control
 * has an accessible name and a mnemonic or a place in the tab order.
 */
final class FormParts {
    static final String PRESET_PREFIX = "summary-period-";
    private static final ZoneId ZONE = ZoneId.systemDefault();

    private FormParts() {
    }

    static <T extends JComponent> T named(T component, String accessibleName) {
        component.getAccessibleContext().setAccessibleName(accessibleName);
        return component;
    }

    static Color muted() {
        Color color = UIManager.getColor("Goldseam.muted");
        return color != null ? color : Color.GRAY;
    }

    static Color risk() {
        Color color = UIManager.getColor("Goldseam.risk");
        return color != null ? color : new Color(0xc0392b);
    }

    static JLabel heading(String text) {
        JLabel label = new JLabel(text);
        label.putClientProperty("FlatLaf.styleClass", "h4");
        return label;
    }

    static JLabel small(String text) {
        JLabel label = new JLabel(text);
        label.setForeground(muted());
        label.putClientProperty("FlatLaf.styleClass", "small");
        return label;
    }

    /** Presets as radio buttons (Alt+3, Alt+6, Alt+1, Alt+D), then the From and To dates. */
    static JPanel period(ExportForm form) {
        JPanel panel = new JPanel(new MigLayout("insets 0, gap 12 6, wrap 4", "[][][][]"));
        ButtonGroup group = new ButtonGroup();
        Map<PeriodPreset, JRadioButton> buttons = new EnumMap<>(PeriodPreset.class);
        for (PeriodPreset preset : PeriodPreset.values()) {
            JRadioButton button = named(new JRadioButton(preset.label()), "Period: " + preset.label());
            button.setName(PRESET_PREFIX + preset.name());
            button.setMnemonic(mnemonic(preset));
            button.addActionListener(e -> form.choosePreset(preset));
            group.add(button);
            buttons.put(preset, button);
            panel.add(button);
        }
        JSpinner from = dateSpinner("Period starts on");
        from.setName("summary-from");
        JSpinner to = dateSpinner("Period ends on");
        to.setName("summary-to");
        JLabel fromLabel = new JLabel("From");
        fromLabel.setLabelFor(from);
        JLabel toLabel = new JLabel("to");
        toLabel.setLabelFor(to);
        JPanel dates = new JPanel(new MigLayout("insets 0, gap 8", "[][]12[][]"));
        dates.add(fromLabel);
        dates.add(from);
        dates.add(toLabel);
        dates.add(to);
        panel.add(dates, "span 4");

        boolean[] updating = {false};
        Runnable show = () -> {
            PeriodChoice choice = form.period();
            updating[0] = true;
            Objects.requireNonNull(buttons.get(choice.preset()), "every preset has a button").setSelected(true);
            from.setValue(toDate(choice.from()));
            to.setValue(toDate(choice.to()));
            boolean custom = choice.preset() == PeriodPreset.CUSTOM && form.state() != RenderState.RENDERING;
            from.setEnabled(custom);
            to.setEnabled(custom);
            updating[0] = false;
        };
        javax.swing.event.ChangeListener edited = e -> {
            if (!updating[0]) {
                form.setCustomPeriod(toLocal((Date) from.getValue()), toLocal((Date) to.getValue()));
            }
        };
        from.addChangeListener(edited);
        to.addChangeListener(edited);
        form.addListener(SummaryProperty.PERIOD, e -> show.run());
        form.addListener(SummaryProperty.STATE, e -> {
            boolean editable = form.state() != RenderState.RENDERING;
            buttons.values().forEach(b -> b.setEnabled(editable));
            show.run();
        });
        show.run();
        return panel;
    }

    /** A date the arrow keys step by the day, month or year under the caret. */
    private static JSpinner dateSpinner(String accessibleName) {
        // Swing's SpinnerDateModel works in java.util.Date; the form converts to LocalDate at once
        @SuppressWarnings("JavaUtilDate")
        JSpinner spinner = new JSpinner(new SpinnerDateModel(new Date(), null, null, Calendar.DAY_OF_MONTH));
        spinner.setEditor(new JSpinner.DateEditor(spinner, "d MMM yyyy"));
        named(spinner, accessibleName);
        named(((JSpinner.DefaultEditor) spinner.getEditor()).getTextField(), accessibleName);
        return spinner;
    }

    /** A tick box per section in two columns, then initials only (Alt+I). */
    static JPanel sections(ExportForm form) {
        JPanel panel = new JPanel(new MigLayout("insets 0, gap 16 2, wrap 2", "[][]"));
        Map<SummarySection, JCheckBox> boxes = new EnumMap<>(SummarySection.class);
        for (SummarySection section : SummarySection.values()) {
            JCheckBox box = named(new JCheckBox(section.title(), form.sections().contains(section)),
                    "Include " + section.title());
            box.setName("summary-section-" + section.optionName());
            box.addActionListener(e -> form.include(section, box.isSelected()));
            boxes.put(section, box);
            panel.add(box);
        }
        JCheckBox initials = named(new JCheckBox("Name the client by initials only", form.initialsOnly()),
                "Name the client by initials only");
        initials.setName("summary-initials");
        initials.setMnemonic(KeyEvent.VK_I);
        initials.addActionListener(e -> form.setInitialsOnly(initials.isSelected()));
        panel.add(initials, "span 2, gaptop 6");
        panel.add(small("Private psychotherapy notes are never part of a summary, whatever is ticked."), "span 2, gaptop 2");
        form.addListener(SummaryProperty.SECTIONS, e -> boxes.forEach((s, b) -> b.setSelected(form.sections().contains(s))));
        form.addListener(SummaryProperty.INITIALS_ONLY, e -> initials.setSelected(form.initialsOnly()));
        form.addListener(SummaryProperty.STATE, e -> {
            boolean editable = form.state() != RenderState.RENDERING;
            boxes.values().forEach(b -> b.setEnabled(editable));
            initials.setEnabled(editable);
        });
        return panel;
    }

    /** Grows the window when new content needs room, never shrinks what the clinician sized. */
    static void growToFit(java.awt.Window window) {
        java.awt.Dimension wanted = window.getPreferredSize();
        java.awt.Dimension now = window.getSize();
        if (wanted.width > now.width || wanted.height > now.height) {
            window.setSize(Math.max(wanted.width, now.width), Math.max(wanted.height, now.height));
            // grown downwards it may now hang off the screen: move it up (and left) to stay whole
            java.awt.Rectangle screen = window.getGraphicsConfiguration().getBounds();
            int x = Math.max(screen.x, Math.min(window.getX(), screen.x + screen.width - window.getWidth()));
            int y = Math.max(screen.y, Math.min(window.getY(), screen.y + screen.height - window.getHeight()));
            window.setLocation(x, y);
        }
        window.validate();
    }

    private static Date toDate(LocalDate date) {
        return Date.from(date.atStartOfDay(ZONE).toInstant());
    }

    private static LocalDate toLocal(Date date) {
        return date.toInstant().atZone(ZONE).toLocalDate();
    }

    private static int mnemonic(PeriodPreset preset) {
        return switch (preset) {
            case LAST_3_MONTHS -> KeyEvent.VK_3;
            case LAST_6_MONTHS -> KeyEvent.VK_6;
            case LAST_12_MONTHS -> KeyEvent.VK_1;
            case CUSTOM -> KeyEvent.VK_D;
        };
    }
}
