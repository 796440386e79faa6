package org.goldseam.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signature hash: stable for the same content, different for any difference a signature covers. */
class NoteContentHashTest {
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-11-20T13:00:00Z");

    private static NoteContent note(List<NoteSectionText> sections, String privateNotes, List<ThemeObservation> obs) {
        return new NoteContent(START, 50, SessionType.INDIVIDUAL, Modality.IN_PERSON, Attendance.ATTENDED,
                NoteFormat.DAP, "summary", sections, privateNotes, obs, List.of(new InterventionUse(5, "d")),
                List.of(new GoalProgress(9, 4, null)));
    }

    private static List<NoteSectionText> sections(String data, String plan) {
        return List.of(new NoteSectionText(Section.DATA, data), new NoteSectionText(Section.PLAN, plan));
    }

    @Test
    void theSameContentEnteredInAnotherOrderOrZoneHashesTheSame() {
        ThemeObservation a = new ThemeObservation(1, 5, null, null);
        ThemeObservation b = new ThemeObservation(2, 7, "q", ShameKind.CORE);
        NoteContent one = note(sections("d", "p"), "x", List.of(a, b));
        NoteContent two = new NoteContent(OffsetDateTime.parse("2026-11-20T08:00:00-05:00"), 50,
                SessionType.INDIVIDUAL, Modality.IN_PERSON, Attendance.ATTENDED, NoteFormat.DAP, "summary",
                List.of(new NoteSectionText(Section.PLAN, "p"), new NoteSectionText(Section.DATA, "d")), "x",
                List.of(b, a), List.of(new InterventionUse(5, "d")), List.of(new GoalProgress(9, 4, null)));

        assertThat(NoteContentHash.of(3, two)).isEqualTo(NoteContentHash.of(3, one)).matches("[0-9a-f]{64}");
    }

    @Test
    void textMovedAcrossASectionBoundaryChangesTheHash() {
        assertThat(NoteContentHash.of(3, note(sections("ab", "c"), null, List.of())))
                .isNotEqualTo(NoteContentHash.of(3, note(sections("a", "bc"), null, List.of())));
    }

    @Test
    void anEmptyQuoteDiffersFromNoQuoteAndEveryCoveredFieldCounts() {
        NoteContent base = note(sections("d", "p"), "x", List.of(new ThemeObservation(1, 5, null, null)));
        String h = NoteContentHash.of(3, base);

        assertThat(NoteContentHash.of(3, note(sections("d", "p"), "x", List.of(new ThemeObservation(1, 5, "", null)))))
                .isNotEqualTo(h);
        assertThat(NoteContentHash.of(4, base)).as("client").isNotEqualTo(h);
        assertThat(NoteContentHash.of(3, note(sections("d", "p"), "y", base.observations()))).as("private").isNotEqualTo(h);
        assertThat(NoteContentHash.of(3, note(sections("d", "p"), "x", List.of(new ThemeObservation(1, 5, null, ShameKind.ADAPTIVE)))))
                .as("shame kind").isNotEqualTo(h);
        assertThat(NoteContentHash.of(3, new NoteContent(START.plusSeconds(1), 50, SessionType.INDIVIDUAL,
                Modality.IN_PERSON, Attendance.ATTENDED, NoteFormat.DAP, "summary", base.sections(), "x",
                base.observations(), base.interventions(), base.goalProgress()))).as("start").isNotEqualTo(h);
        assertThat(NoteContentHash.of(3, new NoteContent(START, 50, SessionType.INDIVIDUAL, Modality.IN_PERSON,
                Attendance.NO_SHOW, NoteFormat.DAP, "summary", base.sections(), "x", base.observations(),
                base.interventions(), base.goalProgress()))).as("attendance").isNotEqualTo(h);
        assertThat(NoteContentHash.of(3, new NoteContent(START, 50, SessionType.INDIVIDUAL, Modality.IN_PERSON,
                Attendance.ATTENDED, NoteFormat.DAP, "summary", base.sections(), "x", base.observations(),
                base.interventions(), List.of(new GoalProgress(9, 5, null))))).as("goal rating").isNotEqualTo(h);
    }

    @Test
    void theSerialisationIsPinnedSoStoredSignaturesKeepVerifying() {
        NoteContent content = note(sections("Zoë 😔", "plan"), "private", List.of(new ThemeObservation(1, 5, "q", ShameKind.CORE)));

        assertThat(NoteContentHash.of(3, content)).isEqualTo(PINNED);
    }

    @Test
    void version2FixesWhoSignedAndWhenAsFirmlyAsTheContent() {
        NoteContent content = note(sections("Zoë 😔", "plan"), "private", List.of(new ThemeObservation(1, 5, "q", ShameKind.CORE)));
        OffsetDateTime at = OffsetDateTime.parse("2026-11-20T15:30:00.123456Z");
        String signer = "Dr Zoë Imaginary-Łukasz";

        assertThat(NoteContentHash.signed(3, content, signer, at)).isEqualTo(PINNED_V2)
                .isEqualTo(NoteContentHash.signed(3, content, signer, OffsetDateTime.parse("2026-11-20T10:30:00.123456-05:00")))
                .isNotEqualTo(NoteContentHash.of(3, content));
        assertThat(NoteContentHash.signed(3, content, "Dr Someone Else", at)).as("signer").isNotEqualTo(PINNED_V2);
        assertThat(NoteContentHash.signed(3, content, signer, at.plusNanos(1_000))).as("a microsecond later").isNotEqualTo(PINNED_V2);
        assertThat(NoteContentHash.signed(3, note(sections("Zoë 😔", "plan!"), "private", content.observations()), signer, at))
                .as("content").isNotEqualTo(PINNED_V2);
    }

    /** As {@link #PINNED}, for version 2 with the signer and time of the test above. */
    private static final String PINNED_V2 = "50b1c1acc34ea8da04762ee0e3e2cfc08e966124f947cc9f89c87c783c3940d7";

    /**
     * Computed independently of this code, by a short Python script following the class javadoc of
     * {@link NoteContentHash} byte by byte; a change here would invalidate every signed note.
     */
    private static final String PINNED = "b230c54cf8230c9ea8c864235dd2f28af28c40d7d0d793746ebc201382da8fa9";
}
