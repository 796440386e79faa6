package org.goldseam.app.workspace.ui;

import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.ListCellRenderer;
import org.goldseam.notes.AddendumKind;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.Modality;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.NoteWording;
import org.goldseam.notes.SessionType;

/** What the clinician reads for each enumeration value (the wording is shared with summaries). */
final class Labels {
    private Labels() {
    }

    static String of(SessionType type) {
        return NoteWording.of(type);
    }

    static String of(Modality modality) {
        return NoteWording.of(modality);
    }

    static String of(Attendance attendance) {
        return NoteWording.of(attendance);
    }

    static String of(NoteFormat format) {
        return NoteWording.of(format);
    }

    static String of(AddendumKind kind) {
        return NoteWording.of(kind);
    }

    static <T> ListCellRenderer<T> renderer(Function<T, String> text) {
        DefaultListCellRenderer base = new DefaultListCellRenderer();
        return (list, value, index, selected, focus) ->
                base.getListCellRendererComponent(list, value == null ? "" : text.apply(value), index, selected, focus);
    }
}
