package org.goldseam.export;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A client's record as exported for the right of access: the document behind
 * {@code docs/record-export.schema.json}. Times are ISO-8601 UTC text, dates ISO-8601 text;
 * absent values are left out of the JSON. The private psychotherapy notes ({@code privateNotes})
 * appear only when the export was explicitly asked to include them.
 *
 * <p>Format version 2 added every risk flag ever raised, open or resolved ({@link Risk#allFlags}),
 * and each subscale's label beside its key. A version-1 reader's schema refuses those fields, so
 * the version changed with them, as the schema's description asks.
 */
public record ClientRecordExport(String format, int formatVersion, @Nullable String exportedAt, String goldseamVersion,
                                 boolean includesPrivateNotes, Client client, List<Note> notes, List<Measure> measures,
                                 List<Goal> goals, List<Formulation> formulations, List<Attachment> attachmentHistory,
                                 Risk risk, List<CriticLine> innerCritic, List<Reflection> reflectiveAnswers) {
    public static final String FORMAT = "goldseam-client-record";
    public static final int FORMAT_VERSION = 2;

    public record Client(long id, String fullName, String preferredName, String pronouns, @Nullable String dateOfBirth, String email,
                         String phone, String address, String emergencyContactName, String emergencyContactPhone,
                         String emergencyContactRelation, String referralSource, @Nullable String intakeDate, String status,
                         @Nullable String dischargeDate) {
    }

    public record Note(long id, @Nullable String startsAt, int durationMinutes, String sessionType, String modality, String attendance,
                       String format, String summaryLine, String status, @Nullable String signedAt, String signedBy, String contentHash,
                       List<Section> sections, @Nullable String privateNotes, List<Theme> themes, List<Intervention> interventions,
                       List<GoalRating> goalProgress, List<Addendum> addenda) {
    }

    public record Section(String name, String text) {
    }

    public record Theme(String key, String label, String category, int intensity, @Nullable String verbatimQuote, @Nullable String shameKind) {
    }

    public record Intervention(String key, String label, @Nullable String detail) {
    }

    public record GoalRating(long goalId, int rating, @Nullable String comment) {
    }

    public record Addendum(String kind, String author, @Nullable String createdAt, String text) {
    }

    public record Measure(long id, String instrument, @Nullable String administeredAt, Long noteId, boolean complete, @Nullable String total,
                          @Nullable String band, Map<String, Integer> answers, List<SubscaleResult> subscales) {
    }

    /** {@code key} is the instrument's stable name for the subscale; {@code label} is its name as the clinician reads it. */
    public record SubscaleResult(String key, String label, @Nullable String score, String band) {
    }

    public record Goal(long id, String description, String status, @Nullable String createdOn, @Nullable String targetDate, @Nullable String closedOn,
                       List<GoalPoint> progress) {
    }

    public record GoalPoint(long noteId, @Nullable String sessionStartsAt, int rating, String comment) {
    }

    public record Formulation(int version, @Nullable String recordedAt, @Nullable List<String> triggers, @Nullable List<String> coreBeliefs,
                              @Nullable List<String> defenses, @Nullable List<String> costs, @Nullable String narrative) {
    }

    public record Attachment(int version, @Nullable String recordedAt, String style, @Nullable Integer anxiety, @Nullable Integer avoidance,
                             @Nullable String caregiverAttunement, List<String> earlyExperiences, List<String> relationshipPatterns,
                             @Nullable String narrative) {
    }

    /**
     * @param openFlags the flags no review has cleared yet (as in format version 1)
     * @param allFlags every flag ever raised, open or resolved, oldest first
     * @param reviews every review, oldest first, including those that cleared no flag
     */
    public record Risk(List<RiskFlagPart> openFlags, List<RiskFlagEntry> allFlags, List<RiskReviewPart> reviews) {
    }

    public record RiskFlagPart(@Nullable String raisedAt, String reason) {
    }

    /**
     * One flag of the whole history. {@code status} is {@link #OPEN} or {@link #RESOLVED}; a
     * resolved flag names the review that cleared it: when, by whom, and its outcome text.
     * {@code administrationId} is the {@link Measure#id} of the questionnaire that raised it.
     */
    public record RiskFlagEntry(long id, @Nullable String raisedAt, String reason, long administrationId, String status,
                                @Nullable String resolvedAt, @Nullable String resolvedBy, @Nullable String resolution) {
        public static final String OPEN = "open";
        public static final String RESOLVED = "resolved";

        public boolean resolved() {
            return RESOLVED.equals(status);
        }
    }

    public record RiskReviewPart(@Nullable String reviewedAt, String reviewer, String outcome) {
    }

    public record CriticLine(String text, @Nullable String firstHeard, @Nullable String lastHeard, int timesHeard) {
    }

    public record Reflection(String question, String prompt, @Nullable String answeredAt, Long noteId, String answer) {
    }
}
