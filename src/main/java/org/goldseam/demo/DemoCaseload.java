package org.goldseam.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plans a deterministic synthetic caseload: the same seed, size and reference date always give the
 * same clients, sessions, texts and scores. Each client has a few recurring themes whose intensity
 * rises, falls or stays level over the sessions, so searches and summaries have patterns to find.
 */
public final class DemoCaseload {
    private static final List<String> FORMATS = List.of("dap", "dap", "dap", "soap", "birp", "free");
    private static final List<String> STYLES = List.of("fearful", "fearful", "preoccupied", "preoccupied",
            "preoccupied", "dismissing", "dismissing", "secure", "not_assessed");
    private static final List<String> REFERRALS = List.of("GP referral", "Self-referred", "Employee assistance programme",
            "Previous therapist", "Friend's recommendation", "University counselling service");

    private final long seed;
    private final LocalDate asOf;
    private final ZoneId zone;

    public DemoCaseload(long seed, LocalDate asOf, ZoneId zone) {
        this.seed = seed;
        this.asOf = asOf;
        this.zone = zone;
    }

    /** Client {@code index}'s plan; independent of how many clients the caseload has. */
    public DemoPlan plan(int index, int sessions) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        DemoNames.Person person = DemoNames.pick(random, index);
        Profile profile = Profile.draw(random);
        String status = pick(random, List.of("active", "active", "active", "active", "active", "active", "paused", "discharged"));
        // sessions roughly weekly; discharged and paused clients stopped some weeks ago
        int gapWeeks = status.equals("active") ? 0 : 3 + random.nextInt(20);
        // schedule forward as gaps between sessions (mostly a week, sometimes two), then anchor the
        // last session at or before the reference date; weekend days move back to the Friday
        long[] offsets = new long[sessions];
        for (int s = 1; s < sessions; s++) {
            offsets[s] = offsets[s - 1] + (random.nextInt(10) == 0 ? 14 : 7);
        }
        LocalDate lastDay = asOf.minusWeeks(gapWeeks).minusDays(1 + random.nextInt(6));
        LocalDate firstDay = lastDay.minusDays(offsets[sessions - 1]);
        LocalDate intake = weekday(firstDay);
        LocalDate discharge = status.equals("discharged") ? lastDay.plusDays(7 + random.nextInt(14)) : null;
        String format = pick(random, FORMATS);
        List<String> goals = pickDistinct(random, DemoPhrases.GOALS, 2 + random.nextInt(2));

        List<DemoPlan.Session> planned = new ArrayList<>(sessions);
        LocalTime time = LocalTime.of(9 + random.nextInt(9), random.nextBoolean() ? 0 : 30);
        // some clients answer PHQ-9 item 9 above zero once: the 4th of every 20 leaves the flag open,
        // the 8th of every 10 has it reviewed in the same session, and a few others at random are
        // reviewed two times in three, so even the default twelve clients show both states
        boolean flagged = index % 10 == 3 || index % 10 == 7 || random.nextInt(100) < 4;
        int flagSession = flagged ? sessions / 2 + random.nextInt(Math.max(1, sessions / 2)) : -1;
        boolean reviewed = index % 10 == 7 || (index % 20 != 3 && random.nextInt(3) > 0);
        for (int s = 0; s < sessions; s++) {
            LocalDate day = weekday(firstDay.plusDays(offsets[s]));
            boolean draft = status.equals("active") && s >= sessions - 1 - random.nextInt(2);
            planned.add(new SessionPlanner(random, profile, format, goals.size(), s, sessions, s == 0)
                    .session(day.atTime(time).atZone(zone).toOffsetDateTime(), draft, s == flagSession,
                            reviewed && s == flagSession));
        }
        return new DemoPlan(index, person,
                asOf.minusYears(22 + random.nextInt(45)).minusDays(random.nextInt(365)),
                "client" + (index + 1) + "@example.org",
                "+44 7700 9" + String.format("%05d", random.nextInt(100_000)),
                "Contact of client " + (index + 1), "+44 7700 8" + String.format("%05d", random.nextInt(100_000)),
                pick(random, REFERRALS), intake, status, discharge, format, goals,
                attachment(random, profile), formulation(profile), planned);
    }

    private static LocalDate weekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY ? day.minusDays(1) : dow == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }

    private static DemoPlan.Attachment attachment(SplittableRandom random, Profile profile) {
        String style = pick(random, STYLES);
        boolean assessed = !style.equals("not_assessed");
        Integer anxiety = assessed ? switch (style) {
            case "preoccupied", "fearful" -> 5 + random.nextInt(3);
            default -> 1 + random.nextInt(3);
        } : null;
        Integer avoidance = assessed ? switch (style) {
            case "dismissing", "fearful" -> 5 + random.nextInt(3);
            default -> 1 + random.nextInt(3);
        } : null;
        List<String> patterns = profile.themes().stream().filter(k -> k.startsWith("relational_pattern.")).toList();
        return new DemoPlan.Attachment(style, anxiety, avoidance, random.nextInt(3) == 0, random.nextInt(2) == 0,
                random.nextInt(4) > 0, random.nextInt(5) == 0, random.nextInt(3) == 0, random.nextInt(2) == 0, patterns,
                "Grew up with a caregiver whose warmth depended on results; learned early to be useful and to hide distress.");
    }

    private static DemoPlan.Formulation formulation(Profile profile) {
        List<String> themes = profile.themes();
        return new DemoPlan.Formulation(
                filter(themes, "trigger."), filter(themes, "core_belief."), filter(themes, "defense."), filter(themes, "cost."),
                "When the trigger arrives the old belief is activated; the defense keeps shame out of sight for a while, "
                        + "and the cost builds until the cycle starts again.");
    }

    private static List<String> filter(List<String> keys, String prefix) {
        return keys.stream().filter(k -> k.startsWith(prefix)).toList();
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static <T> List<T> pickDistinct(SplittableRandom random, List<T> values, int count) {
        List<T> pool = new ArrayList<>(values);
        List<T> chosen = new ArrayList<>(count);
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    /** A client's recurring themes, each with a start and end intensity over the course of therapy. */
    record Profile(List<String> themes, Map<String, int[]> arcs, List<String> interventions) {
        static Profile draw(SplittableRandom random) {
            List<String> keys = new ArrayList<>(DemoPhrases.OBSERVED.keySet());
            keys.sort(null); // Map.ofEntries has no stable order; sorting keeps the seed deterministic
            List<String> themes = new ArrayList<>();
            for (String category : List.of("trigger.", "core_belief.", "defense.", "cost.", "relational_pattern.")) {
                List<String> inCategory = filter(keys, category);
                themes.addAll(pickDistinct(random, inCategory, category.equals("defense.") ? 2 : 1));
            }
            Map<String, int[]> arcs = new LinkedHashMap<>();
            for (String theme : themes) {
                // rising, falling or level; most clients improve, some get worse before they get better
                int kind = random.nextInt(10);
                int[] arc = kind < 5 ? new int[] {7 + random.nextInt(3), 2 + random.nextInt(2)}
                        : kind < 8 ? new int[] {2 + random.nextInt(3), 7 + random.nextInt(3)}
                        : new int[] {4 + random.nextInt(3), 4 + random.nextInt(3)};
                arcs.put(theme, arc);
            }
            List<String> interventions = new ArrayList<>(DemoPhrases.PLANNED.keySet());
            interventions.sort(null);
            return new Profile(List.copyOf(themes), arcs, pickDistinct(random, interventions, 3));
        }
    }
}
