package org.goldseam.app.workspace;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldseam.clients.Client;
import org.goldseam.framework.measure.Administration;
import org.goldseam.framework.model.AttachmentVersion;
import org.goldseam.framework.model.FormulationVersion;
import org.goldseam.framework.model.InnerCriticStatement;
import org.goldseam.framework.model.ReflectiveAnswer;
import org.goldseam.framework.model.ReflectiveQuestion;
import org.goldseam.framework.model.RiskFlag;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.framework.model.TreatmentGoal;
import org.jspecify.annotations.Nullable;

/**
 * What the Overview tab shows about one client, read in one go.
 *
 * @param today the clinician's date when read, for the age and overdue target dates
 * @param attachments attachment history, oldest first (the last is current)
 * @param formulation the current formulation, or null if none was recorded yet
 * @param formulationVersions how many formulation versions exist
 * @param taxonomy every taxonomy entry by key: labels for the formulation and patterns, choices for the dialogs
 * @param answers reflective answers by question, oldest first
 * @param latestMeasures the latest administration of each instrument the client has taken
 */
public record Overview(Client client, LocalDate today, List<AttachmentVersion> attachments, @Nullable FormulationVersion formulation,
                       int formulationVersions, Map<String, TaxonomyEntry> taxonomy, List<GoalLine> goals,
                       List<InnerCriticStatement> criticStatements, Map<ReflectiveQuestion, List<ReflectiveAnswer>> answers,
                       List<LatestMeasure> latestMeasures, List<RiskFlag> openFlags) {

    /** A goal with its latest 0-10 rating (null if never rated) and the date of that rating. */
    public record GoalLine(TreatmentGoal goal, @Nullable Integer latestRating, @Nullable LocalDate ratedOn) {
    }

    /** The latest administration of an instrument, with the instrument's name. */
    public record LatestMeasure(String instrumentName, LocalDate date, Administration administration) {
    }

    public Overview {
        attachments = List.copyOf(attachments);
        taxonomy = Map.copyOf(taxonomy);
        goals = List.copyOf(goals);
        criticStatements = List.copyOf(criticStatements);
        answers = Map.copyOf(answers);
        latestMeasures = List.copyOf(latestMeasures);
        openFlags = List.copyOf(openFlags);
    }

    public Optional<AttachmentVersion> currentAttachment() {
        return attachments.isEmpty() ? Optional.empty() : Optional.of(attachments.get(attachments.size() - 1));
    }

    /** Whole years between the date of birth and today, or null without a date of birth. */
    public @Nullable Integer age() {
        LocalDate born = client.dateOfBirth();
        return born == null ? null : java.time.Period.between(born, today).getYears();
    }

    /** The label of an entry key, or the key itself if the entry has gone (it cannot while referenced). */
    public String label(String key) {
        TaxonomyEntry entry = taxonomy.get(key);
        return entry == null ? key : entry.label();
    }
}
