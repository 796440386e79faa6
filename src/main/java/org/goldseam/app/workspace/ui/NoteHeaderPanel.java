package org.goldseam.app.workspace.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerDateModel;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.workspace.NoteContents;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.Modality;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.SessionType;

/** Date and time, duration, type, modality, attendance, format and a one-line summary of a session. */
final class NoteHeaderPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final JSpinner when = new JSpinner(new SpinnerDateModel());
    private final JSpinner duration = new JSpinner(new SpinnerNumberModel(50, 0, NoteContent.MAX_DURATION_MINUTES, 5));
    private final JComboBox<SessionType> type = new JComboBox<>(SessionType.values());
    private final JComboBox<Modality> modality = new JComboBox<>(Modality.values());
    private final JComboBox<Attendance> attendance = new JComboBox<>(Attendance.values());
    private final JComboBox<NoteFormat> format = new JComboBox<>(NoteFormat.values());
    private final JTextField summary = new JTextField();
    private final transient Consumer<UnaryOperator<NoteContent>> edit;
    private final transient ZoneId zone;
    private boolean loading;

    NoteHeaderPanel(Consumer<UnaryOperator<NoteContent>> edit, ZoneId zone) {
        super(new MigLayout("insets 0, gap 6 4, wrap 6", "[][][][][][grow]"));
        this.edit = edit;
        this.zone = zone;
        when.setEditor(new JSpinner.DateEditor(when, "EEE d MMM yyyy  HH:mm"));
        name(when, "sessionStart", "Session date and time");
        name(duration, "duration", "Duration in minutes");
        name(type, "sessionType", "Session type");
        name(modality, "modality", "Modality");
        name(attendance, "attendance", "Attendance");
        name(format, "noteFormat", "Note format");
        name(summary, "summaryLine", "One-line summary");
        type.setRenderer(Labels.renderer(Labels::of));
        modality.setRenderer(Labels.renderer(Labels::of));
        attendance.setRenderer(Labels.renderer(Labels::of));
        format.setRenderer(Labels.renderer(Labels::of));
        summary.putClientProperty("JTextField.placeholderText", "One-line summary for the session list and summaries (optional)");

        add(caption("When"));
        add(caption("Minutes"));
        add(caption("Type"));
        add(caption("Modality"));
        add(caption("Attendance"));
        add(caption("Format"));
        add(when);
        add(duration, "w 70!");
        add(type);
        add(modality);
        add(attendance);
        add(format);
        add(summary, "span 6, growx, gaptop 4");

        when.addChangeListener(e -> changed());
        duration.addChangeListener(e -> changed());
        type.addActionListener(e -> changed());
        modality.addActionListener(e -> changed());
        attendance.addActionListener(e -> changed());
        format.addActionListener(e -> changed());
        summary.getDocument().addDocumentListener(ThemeChipsPanel.onChange(this::changed));
    }

    void show(NoteContent content, boolean editable) {
        loading = true;
        try {
            when.setValue(Date.from(content.startsAt().toInstant()));
            duration.setValue(content.durationMinutes());
            type.setSelectedItem(content.type());
            modality.setSelectedItem(content.modality());
            attendance.setSelectedItem(content.attendance());
            format.setSelectedItem(content.format());
            summary.setText(content.summaryLine() == null ? "" : content.summaryLine());
            for (var component : new javax.swing.JComponent[] {when, duration, type, modality, attendance, format}) {
                component.setEnabled(editable);
            }
            summary.setEditable(editable);
        } finally {
            loading = false;
        }
    }

    private void changed() {
        if (loading) {
            return;
        }
        OffsetDateTime start = ((Date) when.getValue()).toInstant().atZone(zone).toOffsetDateTime();
        edit.accept(c -> NoteContents.withHeader(c, start, (Integer) duration.getValue(), (SessionType) type.getSelectedItem(),
                (Modality) modality.getSelectedItem(), (Attendance) attendance.getSelectedItem(),
                (NoteFormat) format.getSelectedItem(), summary.getText().isBlank() ? null : summary.getText()));
    }

    private static JLabel caption(String text) {
        JLabel label = new JLabel(text);
        label.putClientProperty("FlatLaf.styleClass", "small");
        return label;
    }

    private static void name(javax.swing.JComponent component, String name, String accessible) {
        component.setName(name);
        component.getAccessibleContext().setAccessibleName(accessible);
    }
}
