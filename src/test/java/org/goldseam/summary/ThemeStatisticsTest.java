package org.goldseam.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.framework.model.Category;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.NoteStatus;
import org.goldseam.notes.SessionType;
import org.goldseam.framework.trend.TrendDirection;
import org.goldseam.framework.trend.TrendMeaning;
import org.goldseam.summary.SummaryFacts.ObservationFact;
import org.goldseam.summary.SummaryFacts.SessionFact;
import org.junit.jupiter.api.Test;

class ThemeStatisticsTest {
    private static final OffsetDateTime START = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC);

    private static List<SessionFact> weeks(int count) {
        List<SessionFact> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sessions.add(new SessionFact(i + 1, START.plusWeeks(i), SessionType.INDIVIDUAL, Attendance.ATTENDED,
                    NoteStatus.SIGNED, null));
        }
        return sessions;
    }

    private static ObservationFact seen(long note, long entry, String label, int intensity) {
        return new ObservationFact(note, START.plusWeeks(note - 1), entry, label, Category.DEFENSE, intensity, null);
    }

    @Test
    void recurringThemesRankBySessionsThenIntensityAndFillTheHeatMap() {
        List<ObservationFact> observations = List.of(
                seen(1, 10, "People-pleasing", 3), seen(2, 10, "People-pleasing", 5), seen(3, 10, "People-pleasing", 7),
                seen(1, 20, "Control", 9), seen(3, 20, "Control", 9),
                seen(2, 30, "Numbing", 4));
        ThemeStatistics stats = new ThemeStatistics(weeks(3), observations, ZoneOffset.UTC);

        assertThat(stats.top()).extracting(SummaryDocument.ThemeStat::label).containsExactly("People-pleasing", "Control");
        assertThat(stats.top().get(0).sessions()).isEqualTo(3);
        assertThat(stats.top().get(0).meanIntensity()).isEqualTo(5.0);
        assertThat(stats.top().get(0).trend()).isEqualTo(TrendDirection.RISING);
        // people-pleasing is a defense: more of it is worse
        assertThat(stats.top().get(0).meaning()).isEqualTo(TrendMeaning.WORSENING);
        SummaryDocument.HeatMap heat = stats.heatMap();
        assertThat(heat.sessionDates()).hasSize(3);
        assertThat(heat.rows().get(1).intensities()).containsExactly(9, null, 9);
    }

    @Test
    void observationsOfSessionsNotAttendedAreIgnored() {
        List<SessionFact> sessions = new ArrayList<>(weeks(2));
        List<ObservationFact> observations = List.of(seen(1, 10, "Control", 4), seen(2, 10, "Control", 6),
                seen(3, 10, "Control", 8));
        ThemeStatistics stats = new ThemeStatistics(sessions, observations, ZoneOffset.UTC);
        assertThat(stats.top()).singleElement().satisfies(t -> assertThat(t.sessions()).isEqualTo(2));
    }
}
