package org.goldseam.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One synthetic client's whole record as plain values, before it is written to a vault. Taxonomy
 * entries are named by key; enumerations by their database value.
 */
public record DemoPlan(int index, DemoNames.Person person, LocalDate dateOfBirth, String email, String phone,
                String emergencyContact, String emergencyPhone, String referralSource, LocalDate intake,
                String status, @Nullable LocalDate dischargeDate, String noteFormat, List<String> goals,
                Attachment attachment, Formulation formulation, List<Session> sessions) {

    /** @param style one of the four Bartholomew &amp; Horowitz categories, or not_assessed */
    public record Attachment(String style, @Nullable Integer anxiety, @Nullable Integer avoidance, boolean emotionalNeglect,
                      boolean misattunedCaregiver, boolean conditionalWorth, boolean parentification,
                      boolean intergenerational, boolean selfBlame, List<String> relationalPatterns, String narrative) {
    }

    public record Formulation(List<String> triggers, List<String> beliefs, List<String> defenses, List<String> costs, String text) {
    }

    /**
     * @param sections       section name → text, in the note format's order
     * @param goalProgress   rating per goal, in the order of {@link DemoPlan#goals}
     * @param criticLine     an inner-critic line heard this session, or null
     * @param measures       instrument key → item scores (PHQ-9 "phq9", GAD-7 "gad7")
     * @param riskReviewed   a risk review was recorded at the end of this session
     */
    public record Session(OffsetDateTime startsAt, int durationMinutes, String sessionType, String modality, String attendance,
                   @Nullable OffsetDateTime signedAt, Map<String, String> sections, @Nullable String privateNote, String summaryLine,
                   List<Observation> observations, List<String> interventions, List<Integer> goalProgress,
                   @Nullable String addendum, @Nullable String criticLine, @Nullable Integer reflectiveQuestion, @Nullable String reflectiveAnswer,
                   Map<String, int[]> measures, boolean riskReviewed) {
        public boolean attended() {
            return attendance.equals("attended");
        }

        public boolean signed() {
            return signedAt != null;
        }
    }

    public record Observation(String key, int intensity, @Nullable String quote, @Nullable String shameKind) {
    }
}
