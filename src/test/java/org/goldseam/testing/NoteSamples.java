package org.goldseam.testing;

import java.time.OffsetDateTime;
import java.util.List;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.Modality;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.NoteSectionText;
import org.goldseam.notes.Section;
import org.goldseam.notes.SessionType;
import org.goldseam.notes.ThemeObservation;

/** Small synthetic note contents for tests. */
public final class NoteSamples {
    private NoteSamples() {
    }

    /** A 50-minute in-person individual DAP note with short sections and no themes. */
    public static NoteContent dap(OffsetDateTime startsAt, Attendance attendance) {
        return new NoteContent(startsAt, 50, SessionType.INDIVIDUAL, Modality.IN_PERSON, attendance, NoteFormat.DAP,
                "Reviewed week", List.of(
                        new NoteSectionText(Section.DATA, "Client described a stressful week at work."),
                        new NoteSectionText(Section.ASSESSMENT, "Self-criticism prominent."),
                        new NoteSectionText(Section.PLAN, "Continue self-compassion practice.")),
                null, List.of(), List.of(), List.of());
    }

    /** {@link #dap} with the given observations. */
    public static NoteContent dapWith(OffsetDateTime startsAt, List<ThemeObservation> observations) {
        NoteContent base = dap(startsAt, Attendance.ATTENDED);
        return new NoteContent(base.startsAt(), base.durationMinutes(), base.type(), base.modality(),
                base.attendance(), base.format(), base.summaryLine(), base.sections(), "private thoughts",
                observations, List.of(), List.of());
    }
}
