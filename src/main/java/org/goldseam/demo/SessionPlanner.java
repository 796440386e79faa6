package org.goldseam.demo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** Plans one session of a synthetic client: attendance, themes on the client's arcs, text, scores. */
final class SessionPlanner {
    private static final List<String> STRENGTHS = List.of("strength.self_compassion_shown", "strength.healthy_striving",
            "strength.tolerating_imperfection", "strength.reaching_out", "strength.setting_boundaries", "strength.naming_shame");

    private final SplittableRandom random;
    private final DemoCaseload.Profile profile;
    private final String format;
    private final int goals;
    private final int index;
    private final int total;
    private final boolean intake;

    SessionPlanner(SplittableRandom random, DemoCaseload.Profile profile, String format, int goals, int index, int total,
                   boolean intake) {
        this.random = random;
        this.profile = profile;
        this.format = format;
        this.goals = goals;
        this.index = index;
        this.total = total;
        this.intake = intake;
    }

    DemoPlan.Session session(OffsetDateTime startsAt, boolean draft, boolean riskItem, boolean riskReviewed) {
        int roll = random.nextInt(100);
        String attendance = intake || roll < 88 ? "attended" : roll < 93 ? "cancelled" : roll < 97 ? "no_show" : "late_cancel";
        // most notes are signed within a day; a few are late entries signed days afterwards
        OffsetDateTime signedAt = draft ? null
                : startsAt.plusHours(random.nextInt(100) < 6 ? 80 + random.nextInt(100) : 1 + random.nextInt(20));
        String modality = random.nextInt(10) < 6 ? "in_person" : random.nextInt(10) < 8 ? "telehealth" : "phone";
        String type = intake ? "intake" : random.nextInt(30) == 0 ? "couples" : "individual";
        if (!attendance.equals("attended")) {
            Map<String, String> sections = sections(List.of(
                    "Client did not attend (" + attendance.replace('_', ' ') + "). Reached out by message to offer the next slot."));
            return new DemoPlan.Session(startsAt, 0, type, modality, attendance, signedAt, sections, null,
                    "Did not attend", List.of(), List.of(), List.of(), null, null, null, null, Map.of(), false);
        }
        double t = total <= 1 ? 0 : (double) index / (total - 1);
        List<DemoPlan.Observation> observations = new ArrayList<>();
        for (Map.Entry<String, int[]> arc : profile.arcs().entrySet()) {
            if (random.nextInt(10) < 2 && !intake) {
                continue; // not every theme comes up every week
            }
            int intensity = clamp((int) Math.round(arc.getValue()[0] + (arc.getValue()[1] - arc.getValue()[0]) * t
                    + random.nextInt(3) - 1));
            String key = arc.getKey();
            boolean shameRelevant = key.startsWith("core_belief.") || key.equals("defense.self_attack")
                    || key.equals("defense.concealment");
            // the same draws as before, so every other part of a seeded caseload stays as it was
            boolean strong = shameRelevant && (intensity >= 6 || random.nextInt(3) == 0);
            String shame = shameKind(key, intensity, strong);
            // verbatim quotes are the inner critic speaking, so they go with beliefs and self-attack
            String quote = shameRelevant && random.nextInt(4) == 0 ? DemoCaseload.pick(random, DemoPhrases.CRITIC_LINES) : null;
            observations.add(new DemoPlan.Observation(key, intensity, quote, shame));
        }
        if (t > 0.4 && random.nextInt(3) == 0) {
            observations.add(new DemoPlan.Observation(DemoCaseload.pick(random, STRENGTHS), 3 + (int) Math.round(5 * t), null, null));
        }
        observations.sort((a, b) -> Integer.compare(b.intensity(), a.intensity()));
        List<String> interventions = DemoCaseload.pickDistinct(random, profile.interventions(), 1 + random.nextInt(2));
        List<Integer> progress = new ArrayList<>();
        for (int g = 0; g < goals; g++) {
            progress.add(clamp((int) Math.round(1 + 7 * t + random.nextInt(3) - 1)));
        }
        Map<String, int[]> measures = new LinkedHashMap<>();
        if (intake || index % 4 == 0 || riskItem) {
            measures.put("phq9", items(9, severity(observations, "cost.depression", t), riskItem));
            measures.put("gad7", items(7, severity(observations, "cost.anxiety", t), false));
        }
        String addendum = signedAt != null && random.nextInt(40) == 0
                ? "Correction: the review mentioned above is next month, not this month." : null;
        Integer question = random.nextInt(8) == 0 ? random.nextInt(4) + 1 : null;
        return new DemoPlan.Session(startsAt, 50, type, modality, attendance, signedAt, sections(body(observations, interventions)),
                random.nextInt(4) == 0 ? "Countertransference: felt pulled to reassure; noticed my own wish to fix it." : null,
                // the writer replaces this with the strongest theme's label when there is one
                "Check-in; no recurring theme came up", observations, interventions, progress, addendum,
                random.nextInt(3) == 0 ? DemoCaseload.pick(random, DemoPhrases.CRITIC_LINES) : null,
                question, question == null ? null : DemoCaseload.pick(random, DemoPhrases.REFLECTIVE_ANSWERS),
                measures, riskReviewed);
    }

    /**
     * The kind of shame a synthetic observation carries, following the framework (ShameKinds): a core
     * belief and self-attack are about the self, so core shame when it is strong and none when it is
     * mild, never adaptive; hiding something can be about the self (core) or about a specific act
     * (adaptive); lashing out at someone is an act clients often regret afterwards (adaptive).
     */
    private static @Nullable String shameKind(String key, int intensity, boolean strong) {
        if (key.startsWith("core_belief.") || key.equals("defense.self_attack")) {
            return strong ? "core" : null;
        }
        if (key.equals("defense.concealment")) {
            return strong ? "core" : "adaptive";
        }
        if (key.equals("defense.attacking_others") || key.equals("defense.perfectionism_other_oriented")) {
            return intensity >= 5 ? "adaptive" : null;
        }
        return null;
    }

    private List<String> body(List<DemoPlan.Observation> observations, List<String> interventions) {
        StringBuilder observed = new StringBuilder();
        for (DemoPlan.Observation o : observations.subList(0, Math.min(3, observations.size()))) {
            observed.append(DemoPhrases.OBSERVED.get(o.key())).append(' ');
        }
        StringBuilder plan = new StringBuilder();
        for (String intervention : interventions) {
            plan.append(DemoPhrases.PLANNED.get(intervention)).append(' ');
        }
        return List.of(observed.toString().trim(), DemoCaseload.pick(random, DemoPhrases.ASSESSMENTS),
                plan.toString().trim() + " Next session in a week.");
    }

    /** The three planned paragraphs laid out in the client's note format. */
    private Map<String, String> sections(List<String> parts) {
        Map<String, String> sections = new LinkedHashMap<>();
        String first = parts.get(0);
        String assessment = parts.size() > 1 ? parts.get(1) : "";
        String plan = parts.size() > 2 ? parts.get(2) : "";
        switch (format) {
            case "soap" -> {
                sections.put("subjective", first);
                sections.put("objective", "Appropriately dressed, good eye contact, affect constricted at first and warmer later.");
                sections.put("assessment", assessment);
                sections.put("plan", plan);
            }
            case "birp" -> {
                sections.put("behavior", first);
                sections.put("intervention", plan);
                sections.put("response", assessment);
                sections.put("plan", "Continue weekly sessions.");
            }
            case "free" -> sections.put("body", String.join("\n\n", parts).trim());
            default -> {
                sections.put("data", first);
                sections.put("assessment", assessment);
                sections.put("plan", plan);
            }
        }
        return sections;
    }

    /** 0–3 severity driven by the intensity of a cost theme if present, else by progress through therapy. */
    private int severity(List<DemoPlan.Observation> observations, String key, double t) {
        for (DemoPlan.Observation o : observations) {
            if (o.key().equals(key)) {
                return Math.min(3, o.intensity() / 3);
            }
        }
        return Math.max(0, (int) Math.round(2 - 2 * t));
    }

    private int[] items(int count, int level, boolean riskItem) {
        int[] scores = new int[count];
        for (int i = 0; i < count; i++) {
            scores[i] = Math.max(0, Math.min(3, level + random.nextInt(3) - 1));
        }
        if (count == 9) {
            scores[8] = riskItem ? 1 + random.nextInt(2) : 0;
        }
        return scores;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(10, value));
    }
}
