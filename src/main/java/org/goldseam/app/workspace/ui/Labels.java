package org.goldseam.app.workspace.ui;

import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.ListCellRenderer;
import org.goldseam.notes.AddendumKind;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.Modality;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.SessionType;

/** What the clinician reads for each enumeration value. */
final class Labels {
    private Labels() {
    }

    static String of(SessionType type) {
        return switch (type) {
            case INTAKE -> "Intake";
            case INDIVIDUAL -> "Individual";
            case COUPLES -> "Couples";
            case FAMILY -> "Family";
            case GROUP -> "Group";
        };
    }

    static String of(Modality modality) {
        return switch (modality) {
            case IN_PERSON -> "In person";
            case TELEHEALTH -> "Telehealth";
            case PHONE -> "Phone";
        };
    }

    static String of(Attendance attendance) {
        return switch (attendance) {
            case ATTENDED -> "Attended";
            case CANCELLED -> "Cancelled";
            case NO_SHOW -> "No-show";
            case LATE_CANCEL -> "Late cancel";
        };
    }

    static String of(NoteFormat format) {
        return switch (format) {
            case DAP -> "DAP";
            case SOAP -> "SOAP";
            case BIRP -> "BIRP";
            case FREE -> "Free text";
        };
    }

    static String of(AddendumKind kind) {
        return switch (kind) {
            case ADDENDUM -> "Addendum";
            case CORRECTION -> "Correction";
            case LATE_ENTRY -> "Late entry";
        };
    }

    static <T> ListCellRenderer<T> renderer(Function<T, String> text) {
        DefaultListCellRenderer base = new DefaultListCellRenderer();
        return (list, value, index, selected, focus) ->
                base.getListCellRendererComponent(list, value == null ? "" : text.apply(value), index, selected, focus);
    }
}
