package org.goldseam.framework;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.goldseam.framework.model.ShameKindPeriod;
import org.goldseam.framework.model.ShameKindSession;
import org.goldseam.framework.persistence.ReflectionRepository;

/** How often a client's observations were marked core shame versus adaptive shame, over time. */
public final class ShameReportService {
    private final ReflectionRepository repository;

    public ShameReportService(ReflectionRepository repository) {
        this.repository = Objects.requireNonNull(repository);
    }

    public List<ShameKindSession> bySession(long clientId) {
        return repository.shameKindsBySession(clientId);
    }

    /** Monthly totals; months are taken in {@code zone} so a late-evening session counts where the clinician lives. */
    public List<ShameKindPeriod> byMonth(long clientId, ZoneId zone) {
        Map<YearMonth, int[]> months = new TreeMap<>();
        for (ShameKindSession session : bySession(clientId)) {
            YearMonth month = YearMonth.from(session.sessionStartsAt().atZoneSameInstant(zone));
            int[] counts = months.computeIfAbsent(month, m -> new int[2]);
            counts[0] += session.core();
            counts[1] += session.adaptive();
        }
        List<ShameKindPeriod> result = new ArrayList<>();
        months.forEach((month, counts) -> result.add(new ShameKindPeriod(month, counts[0], counts[1])));
        return result;
    }
}
