package org.goldseam.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldseam.framework.measure.Band;
import org.goldseam.framework.model.AttachmentStyle;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.FormulationRole;
import org.goldseam.framework.trend.TrendDirection;
import org.goldseam.framework.trend.TrendMeaning;
import org.goldseam.framework.model.GoalStatus;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.SessionType;
import org.jspecify.annotations.Nullable;

/**
 * Everything one summary shows, already cut to the period and to the sections asked for; the
 * renderer only lays it out. Built by {@link SummaryAssembler}; never holds psychotherapy notes.
 */
public record SummaryDocument(Header header, Set<SummarySection> sections, AttendanceCounts attendance,
                              List<MeasureSeries> measures, List<ThemeStat> themes, HeatMap heatMap,
                              List<ShameMonth> shame, @Nullable FormulationView formulation, @Nullable AttachmentView attachment,
                              List<GoalSeries> goals, List<CriticLine> innerCritic, List<SessionRow> sessions,
                              List<RiskFlagRow> riskFlags, List<RiskReviewRow> riskReviews) {

    public boolean includes(SummarySection section) {
        return sections.contains(section);
    }

    /** No session of any attendance falls in the period. */
    public boolean noSessions() {
        return attendance.total() == 0;
    }

    public long draftCount() {
        return sessions.stream().filter(SessionRow::draft).count();
    }

    /**
     * @param clientName the full name, or initials when the options ask for them
     * @param dateOfBirth null unless asked for and known
     * @param clinicianName null when not given
     * @param clinicianCredentials null when not given
     * @param auditAnchor null when the vault has no audit entry to name
     */
    public record Header(String clientName, boolean initialsOnly, @Nullable LocalDate dateOfBirth, @Nullable String clinicianName,
                         @Nullable String clinicianCredentials, SummaryPeriod period, LocalDate generatedOn,
                         PaperSize paper, @Nullable String auditAnchor) {
    }

    public record AttendanceCounts(int attended, int cancelled, int lateCancelled, int noShow) {
        public int total() {
            return attended + cancelled + lateCancelled + noShow;
        }
    }

    /** One scored administration; {@code band} is null when the instrument's bands leave the score out. */
    public record MeasurePoint(LocalDate date, BigDecimal score, @Nullable String band) {
    }

    /** An instrument's complete administrations in the period, oldest first, with its bands for shading. */
    public record MeasureSeries(String name, BigDecimal scaleMin, BigDecimal scaleMax, List<Band> bands,
                                List<MeasurePoint> points, int incompleteForms) {
        public MeasurePoint first() {
            return points.get(0);
        }

        public MeasurePoint last() {
            return points.get(points.size() - 1);
        }
    }

    /**
     * A recurring theme: in how many attended sessions it came up, how strongly, where it is heading
     * ({@link org.goldseam.framework.trend.TrendRule}) and whether that is improving or worsening for its category.
     */
    public record ThemeStat(long entryId, String label, Category category, int sessions, double meanIntensity,
                            TrendDirection trend, TrendMeaning meaning) {
    }

    /** Intensity (0-10) of each top theme in each attended session; null where the theme did not come up. */
    public record HeatMap(List<LocalDate> sessionDates, List<HeatRow> rows) {
    }

    public record HeatRow(String label, Category category, List<Integer> intensities) {
    }

    public record ShameMonth(YearMonth month, int core, int adaptive) {
    }

    public record FormulationView(int version, LocalDate recordedOn, Map<FormulationRole, List<String>> labels,
                                  @Nullable String narrative) {
    }

    public record AttachmentView(AttachmentStyle style, @Nullable Integer anxiety, @Nullable Integer avoidance, List<String> patterns,
                                 LocalDate recordedOn) {
    }

    public record GoalPoint(LocalDate date, int rating) {
    }

    /** A goal with its 0-10 progress ratings in the period; {@code number} links the table to the chart. */
    public record GoalSeries(int number, String description, GoalStatus status, LocalDate targetDate,
                             List<GoalPoint> points) {
    }

    public record CriticLine(String text, int timesInPeriod, LocalDate lastHeard) {
    }

    public record SessionRow(LocalDate date, SessionType type, Attendance attendance, boolean draft,
                             List<String> topThemes, String summaryLine) {
    }

    /** @param reviewedOn the first review at or after the flag, or null while it is open */
    public record RiskFlagRow(LocalDate raisedOn, String reason, @Nullable LocalDate reviewedOn) {
    }

    public record RiskReviewRow(LocalDate date, String reviewer, String outcome) {
    }
}
