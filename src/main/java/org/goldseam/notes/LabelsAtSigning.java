package org.goldseam.notes;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The words a signed note was signed with, copied into the note when it was signed (schema
 * version 6): the label of each theme and intervention it names, and the description of each goal
 * it rates. A later relabel of a taxonomy entry, or a goal added later, never reaches a signed note
 * that is shown from these. Empty for a draft, which always shows the taxonomy as it is now.
 *
 * <p>Not covered by the content hash ({@link NoteContentHash}): the hash fixes the ids, ratings and
 * words the clinician wrote; these labels only let the note be read as it read then.
 *
 * @param entries taxonomy entry id to its label at signing (themes and interventions)
 * @param goals treatment goal id to its description at signing
 */
public record LabelsAtSigning(Map<Long, String> entries, Map<Long, String> goals) {
    public static final LabelsAtSigning NONE = new LabelsAtSigning(Map.of(), Map.of());

    public LabelsAtSigning {
        entries = Map.copyOf(entries);
        goals = Map.copyOf(goals);
    }

    /** The entry's label at signing, or null when the note holds none for it (a draft). */
    public @Nullable String entry(long entryId) {
        return entries.get(entryId);
    }

    /** The goal's description at signing, or null when the note holds none for it (a draft). */
    public @Nullable String goal(long goalId) {
        return goals.get(goalId);
    }

    /**
     * How a signed note names an entry: its label at signing, and when the taxonomy has relabelled
     * it since, the label of today after it: "Perfectionism (now: Striving)". Falls back to
     * {@code labelNow} when nothing was stored (a draft).
     */
    public String entryLabel(long entryId, String labelNow) {
        String atSigning = entry(entryId);
        return atSigning == null ? labelNow : label(atSigning, labelNow);
    }

    /** As {@link #entryLabel}, for a goal's description; null when neither the note nor the taxonomy knows the goal. */
    public @Nullable String goalLabel(long goalId, @Nullable String descriptionNow) {
        String atSigning = goal(goalId);
        return atSigning == null ? descriptionNow : label(atSigning, descriptionNow);
    }

    private static String label(String atSigning, @Nullable String now) {
        if (now == null || now.equals(atSigning)) {
            return atSigning;
        }
        return atSigning + " (now: " + now + ")";
    }
}
