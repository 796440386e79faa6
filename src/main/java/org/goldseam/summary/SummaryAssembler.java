package org.goldseam.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.measure.Administration;
import org.goldseam.framework.measure.Instrument;
import org.goldseam.framework.model.AttachmentVersion;
import org.goldseam.framework.model.FormulationRole;
import org.goldseam.framework.model.FormulationVersion;
import org.goldseam.framework.model.GoalStatus;
import org.goldseam.framework.model.RiskFlag;
import org.goldseam.framework.model.TreatmentGoal;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.NoteStatus;
import org.goldseam.notes.ShameKind;
import org.goldseam.summary.SummaryDocument.AttachmentView;
import org.goldseam.summary.SummaryDocument.AttendanceCounts;
import org.goldseam.summary.SummaryDocument.CriticLine;
import org.goldseam.summary.SummaryDocument.FormulationView;
import org.goldseam.summary.SummaryDocument.GoalPoint;
import org.goldseam.summary.SummaryDocument.GoalSeries;
import org.goldseam.summary.SummaryDocument.Header;
import org.goldseam.summary.SummaryDocument.MeasurePoint;
import org.goldseam.summary.SummaryDocument.MeasureSeries;
import org.goldseam.summary.SummaryDocument.RiskFlagRow;
import org.goldseam.summary.SummaryDocument.RiskReviewRow;
import org.goldseam.summary.SummaryDocument.SessionRow;
import org.goldseam.summary.SummaryDocument.ShameMonth;
import org.goldseam.summary.SummaryFacts.ClientFact;
import org.goldseam.summary.SummaryFacts.ObservationFact;
import org.goldseam.summary.SummaryFacts.SessionFact;
import org.jspecify.annotations.Nullable;

/**
 * Reads what one summary shows and cuts it to the period. Only sections the options include are
 * read at all. Nothing here can reach a psychotherapy note: {@link SummarySource} has no query for one.
 */
final class SummaryAssembler {
    private static final int TOP_THEMES_PER_SESSION = 3;

    private final SummarySource source;
    private final ZoneId zone;

    SummaryAssembler(SummarySource source, ZoneId zone) {
        this.source = Objects.requireNonNull(source);
        this.zone = Objects.requireNonNull(zone);
    }

    SummaryDocument assemble(ClientFact client, SummaryPeriod period, SummaryOptions options, LocalDate generatedOn) {
        long id = client.id();
        OffsetDateTime start = period.start(zone);
        OffsetDateTime end = period.end(zone);
        ClinicalFramework framework = source.framework();

        String name = options.initialsOnly() ? ClientInitials.of(client.fullName()) : client.fullName();
        Header header = new Header(name, options.initialsOnly(),
                options.includeDateOfBirth() ? client.dateOfBirth() : null, options.clinicianName(),
                options.clinicianCredentials(), period, generatedOn, options.paper(), source.auditAnchor().orElse(null));

        List<SessionFact> sessions = source.sessions(id, start, end);
        List<ObservationFact> observations = source.observations(id, start, end);
        List<SessionFact> attended = sessions.stream().filter(s -> s.attendance().counts()).toList();
        // what was recorded on a session that did not take place is not counted anywhere (CountedSessions)
        Set<Long> counted = new java.util.HashSet<>();
        attended.forEach(s -> counted.add(s.noteId()));
        List<ObservationFact> countedObservations = observations.stream().filter(o -> counted.contains(o.noteId())).toList();
        ThemeStatistics themes = new ThemeStatistics(attended, countedObservations, zone);

        return new SummaryDocument(header, options.sections(), attendance(sessions),
                options.includes(SummarySection.MEASURES) ? measures(framework, id, start, end) : List.of(),
                themes.top(), themes.heatMap(),
                options.includes(SummarySection.SHAME) ? shame(countedObservations) : List.of(),
                options.includes(SummarySection.FORMULATION) ? formulation(framework, id) : null,
                options.includes(SummarySection.ATTACHMENT) ? attachment(framework, id) : null,
                options.includes(SummarySection.GOALS) ? goals(framework, id, period) : List.of(),
                options.includes(SummarySection.INNER_CRITIC) ? critic(id, start, end) : List.of(),
                sessionRows(sessions, countedObservations),
                options.includes(SummarySection.RISK) ? riskFlags(id, start, end) : List.of(),
                options.includes(SummarySection.RISK) ? riskReviews(framework, id, start, end) : List.of());
    }

    private static AttendanceCounts attendance(List<SessionFact> sessions) {
        Map<Attendance, Integer> counts = new EnumMap<>(Attendance.class);
        sessions.forEach(s -> counts.merge(s.attendance(), 1, Integer::sum));
        return new AttendanceCounts(counts.getOrDefault(Attendance.ATTENDED, 0), counts.getOrDefault(Attendance.CANCELLED, 0),
                counts.getOrDefault(Attendance.LATE_CANCEL, 0), counts.getOrDefault(Attendance.NO_SHOW, 0));
    }

    private List<MeasureSeries> measures(ClinicalFramework framework, long clientId, OffsetDateTime start, OffsetDateTime end) {
        List<MeasureSeries> result = new ArrayList<>();
        for (String key : source.instrumentsAdministered(clientId, start, end)) {
            Instrument instrument = framework.measures().instrument(key);
            List<MeasurePoint> points = new ArrayList<>();
            int incomplete = 0;
            for (Administration a : framework.measures().history(clientId, key)) {
                if (a.administeredAt().isBefore(start) || !a.administeredAt().isBefore(end)) {
                    continue;
                }
                if (a.score().complete()) {
                    points.add(new MeasurePoint(day(a.administeredAt()), a.score().requireTotal(), a.score().band()));
                } else {
                    incomplete++;
                }
            }
            BigDecimal min = BigDecimal.valueOf((long) instrument.itemCount() * instrument.minItemScore());
            BigDecimal max = BigDecimal.valueOf((long) instrument.itemCount() * instrument.maxItemScore());
            result.add(new MeasureSeries(instrument.name(), min, max, instrument.bands(), points, incomplete));
        }
        return result;
    }

    private List<ShameMonth> shame(List<ObservationFact> observations) {
        Map<YearMonth, int[]> months = new TreeMap<>();
        for (ObservationFact o : observations) {
            if (o.shameKind() != null) {
                int[] counts = months.computeIfAbsent(YearMonth.from(day(o.sessionStartsAt())), m -> new int[2]);
                counts[o.shameKind() == ShameKind.CORE ? 0 : 1]++;
            }
        }
        List<ShameMonth> result = new ArrayList<>();
        months.forEach((month, counts) -> result.add(new ShameMonth(month, counts[0], counts[1])));
        return result;
    }

    private @Nullable FormulationView formulation(ClinicalFramework framework, long clientId) {
        FormulationVersion current = framework.formulation().current(clientId).orElse(null);
        if (current == null) {
            return null;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (FormulationRole role : FormulationRole.values()) {
            keys.addAll(current.content().keys(role));
        }
        Map<String, String> labels = source.labels(keys);
        Map<FormulationRole, List<String>> byRole = new EnumMap<>(FormulationRole.class);
        for (FormulationRole role : FormulationRole.values()) {
            byRole.put(role, current.content().keys(role).stream().map(k -> labels.getOrDefault(k, k)).toList());
        }
        return new FormulationView(current.version(), day(current.recordedAt()), byRole, current.content().narrative());
    }

    private @Nullable AttachmentView attachment(ClinicalFramework framework, long clientId) {
        AttachmentVersion current = framework.attachment().current(clientId).orElse(null);
        if (current == null) {
            return null;
        }
        Map<String, String> labels = source.labels(current.relationshipPatternKeys());
        return new AttachmentView(current.content().style(), current.content().anxiety(), current.content().avoidance(),
                current.relationshipPatternKeys().stream().map(k -> labels.getOrDefault(k, k)).toList(),
                day(current.recordedAt()));
    }

    /** Goals open at some time in the period, numbered in the order they were set. */
    private List<GoalSeries> goals(ClinicalFramework framework, long clientId, SummaryPeriod period) {
        List<GoalSeries> result = new ArrayList<>();
        for (TreatmentGoal goal : framework.goals().goals(clientId)) {
            boolean setInTime = !goal.createdOn().isAfter(period.to());
            boolean stillOpen = goal.closedOn() == null || !goal.closedOn().isBefore(period.from());
            if (!setInTime || !stillOpen) {
                continue;
            }
            List<GoalPoint> points = framework.goals().progress(goal.id()).stream()
                    .filter(p -> period.contains(day(p.sessionStartsAt())))
                    .map(p -> new GoalPoint(day(p.sessionStartsAt()), p.rating())).toList();
            GoalStatus status = goal.closedOn() != null && goal.closedOn().isAfter(period.to()) ? GoalStatus.ACTIVE : goal.status();
            result.add(new GoalSeries(result.size() + 1, goal.description(), status, goal.targetDate(), points));
        }
        return result;
    }

    private List<CriticLine> critic(long clientId, OffsetDateTime start, OffsetDateTime end) {
        return source.innerCritic(clientId, start, end).stream()
                .map(c -> new CriticLine(c.text(), c.timesHeard(), day(c.lastHeard()))).toList();
    }

    private List<SessionRow> sessionRows(List<SessionFact> sessions, List<ObservationFact> observations) {
        Map<Long, List<String>> top = new LinkedHashMap<>();
        for (ObservationFact o : observations) {
            List<String> labels = top.computeIfAbsent(o.noteId(), n -> new ArrayList<>());
            if (labels.size() < TOP_THEMES_PER_SESSION) {
                labels.add(o.labelInNote()); // a signed session lists its themes as it named them
            }
        }
        return sessions.stream().map(s -> new SessionRow(day(s.startsAt()), s.type(), s.attendance(),
                s.status() == NoteStatus.DRAFT, top.getOrDefault(s.noteId(), List.of()), s.summaryLine())).toList();
    }

    private List<RiskFlagRow> riskFlags(long clientId, OffsetDateTime start, OffsetDateTime end) {
        return source.riskFlags(clientId, start, end).stream()
                .map(f -> new RiskFlagRow(day(f.raisedAt()), RiskFlag.reasonInWords(f.reason()),
                        f.reviewedAt() == null ? null : day(f.reviewedAt()))).toList();
    }

    private List<RiskReviewRow> riskReviews(ClinicalFramework framework, long clientId, OffsetDateTime start,
                                            OffsetDateTime end) {
        return framework.risk().reviews(clientId).stream()
                .filter(r -> !r.reviewedAt().isBefore(start) && r.reviewedAt().isBefore(end))
                .map(r -> new RiskReviewRow(day(r.reviewedAt()), r.reviewer(), r.outcome())).toList();
    }

    private LocalDate day(OffsetDateTime instant) {
        return instant.atZoneSameInstant(zone).toLocalDate();
    }
}
