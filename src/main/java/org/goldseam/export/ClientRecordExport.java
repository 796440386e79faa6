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
 *
 * <p>Format version 3: a signed note's themes and interventions carry the label they had when the
 * note was signed ({@code label}), and the label of today beside it ({@code labelNow}) only when
 * the taxonomy has relabelled the entry since; each goal rating names its goal (<code>goal</code>) as the
 * goal read at signing. A signed note is exported as it was signed.
 *
 * <p>Format version 4 adds {@code auditTrail}: the audit trail's length, last id and last hash when
 * the record was read (ADR 0016), so the export is also an anchor for {@code check --against}.
 */
public record ClientRecordExport(String format, int formatVersion, String exportedAt, String goldseamVersion,
                                 boolean includesPrivateNotes, Client client, List<Note> notes, List<Measure> measures,
                                 List<Goal> goals, List<Formulation> formulations, List<Attachment> attachmentHistory,
                                 Risk risk, List<CriticLine> innerCritic, List<Reflection> reflectiveAnswers,
                                 @Nullable AuditTrail auditTrail) {
    public static final String FORMAT = "goldseam-client-record";
    public static final int FORMAT_VERSION = 4;

    /** A record without an audit anchor (one built outside a vault, as in tests of the layout). */
    public ClientRecordExport(String format, int formatVersion, String exportedAt, String goldseamVersion,
                              boolean includesPrivateNotes, Client client, List<Note> notes, List<Measure> measures,
                              List<Goal> goals, List<Formulation> formulations, List<Attachment> attachmentHistory,
                              Risk risk, List<CriticLine> innerCritic, List<Reflection> reflectiveAnswers) {
        this(format, formatVersion, exportedAt, goldseamVersion, includesPrivateNotes, client, notes, measures, goals,
                formulations, attachmentHistory, risk, innerCritic, reflectiveAnswers, null);
    }

    /** The audit trail of the vault when the record was read: see {@code org.goldseam.audit.AuditAnchor}. */
    public record AuditTrail(String vaultId, long length, long lastId, String lastHash) {
    }

    public record Client(long id, String fullName, @Nullable String preferredName, @Nullable String pronouns,
                         @Nullable String dateOfBirth, @Nullable String email, @Nullable String phone, @Nullable String address,
                         @Nullable String emergencyContactName, @Nullable String emergencyContactPhone,
                         @Nullable String emergencyContactRelation, @Nullable String referralSource, String intakeDate, String status,
                         @Nullable String dischargeDate) {
    }

    public record Note(long id, String startsAt, int durationMinutes, String sessionType, String modality, String attendance,
                       String format, String summaryLine, String status, @Nullable String signedAt, @Nullable String signedBy,
                       @Nullable String contentHash, List<Section> sections, @Nullable String privateNotes, List<Theme> themes, List<Intervention> interventions,
                       List<GoalRating> goalProgress, List<Addendum> addenda) {
    }

    public record Section(String name, String text) {
    }

    /** {@code label} as at signing for a signed note; {@code labelNow} only when it differs from it. */
    public record Theme(String key, String label, @Nullable String labelNow, String category, int intensity,
                        @Nullable String verbatimQuote, @Nullable String shameKind) {
    }

    /** {@code label} as at signing for a signed note; {@code labelNow} only when it differs from it. */
    public record Intervention(String key, String label, @Nullable String labelNow, @Nullable String detail) {
    }

    /** {@code goal}: the goal's description, as at signing for a signed note; null when neither is known. */
    public record GoalRating(long goalId, @Nullable String goal, int rating, @Nullable String comment) {
    }

    public record Addendum(String kind, String author, String createdAt, String text) {
    }

    public record Measure(long id, String instrument, String administeredAt, @Nullable Long noteId, boolean complete,
                          @Nullable String total, @Nullable String band, Map<String, Integer> answers, List<SubscaleResult> subscales) {
    }

    /** {@code key} is the instrument's stable name for the subscale; {@code label} is its name as the clinician reads it. */
    public record SubscaleResult(String key, String label, String score, @Nullable String band) {
    }

    public record Goal(long id, String description, String status, String createdOn, @Nullable String targetDate,
                       @Nullable String closedOn,
                       List<GoalPoint> progress) {
    }

    public record GoalPoint(long noteId, String sessionStartsAt, int rating, String comment) {
    }

    public record Formulation(int version, String recordedAt, List<String> triggers, List<String> coreBeliefs,
                              List<String> defenses, List<String> costs, @Nullable String narrative) {
    }

    public record Attachment(int version, String recordedAt, String style, @Nullable Integer anxiety, @Nullable Integer avoidance,
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

    public record RiskFlagPart(String raisedAt, String reason) {
    }

    /**
     * One flag of the whole history. {@code status} is {@link #OPEN} or {@link #RESOLVED}; a
     * resolved flag names the review that cleared it: when, by whom, and its outcome text.
     * {@code administrationId} is the {@link Measure#id} of the questionnaire that raised it.
     */
    public record RiskFlagEntry(long id, String raisedAt, String reason, long administrationId, String status,
                                @Nullable String resolvedAt, @Nullable String resolvedBy, @Nullable String resolution) {
        public static final String OPEN = "open";
        public static final String RESOLVED = "resolved";

        public boolean resolved() {
            return RESOLVED.equals(status);
        }
    }

    public record RiskReviewPart(String reviewedAt, String reviewer, String outcome) {
    }

    public record CriticLine(String text, String firstHeard, String lastHeard, int timesHeard) {
    }

    public record Reflection(String question, String prompt, String answeredAt, @Nullable Long noteId, String answer) {
    }
}
