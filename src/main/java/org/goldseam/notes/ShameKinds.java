package org.goldseam.notes;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldseam.framework.model.Category;
import org.jspecify.annotations.Nullable;

/**
 * Which kind of shame an observation may carry, by what it observes. Core shame is about the self
 * ("I am not enough"); adaptive shame is about a specific act the client regrets ("I snapped at
 * her"). So:
 * <ul>
 * <li>a <b>core belief</b> is a verdict on the self: its shame is core shame, never adaptive;</li>
 * <li>a <b>trigger</b>, <b>defense</b> or <b>relational pattern</b> is a situation met or something
 *     the client did: the shame around it may be either, and the clinician says which (about who
 *     they are, or about what they did);</li>
 * <li>a <b>cost</b>, <b>strength</b> or <b>intervention</b> is not a shame experience: no kind.</li>
 * </ul>
 * The note service refuses anything else; the editor offers only these choices.
 */
public final class ShameKinds {
    private ShameKinds() {
    }

    /** The kinds an observation of an entry of this category may carry (empty: none). */
    public static Set<ShameKind> allowedFor(Category category) {
        return switch (category) {
            case CORE_BELIEF -> EnumSet.of(ShameKind.CORE);
            case TRIGGER, DEFENSE, RELATIONAL_PATTERN -> EnumSet.of(ShameKind.CORE, ShameKind.ADAPTIVE);
            case COST, STRENGTH, INTERVENTION -> EnumSet.noneOf(ShameKind.class);
        };
    }

    public static boolean allowed(Category category, @Nullable ShameKind kind) {
        return kind == null || allowedFor(category).contains(kind);
    }

    /**
     * What is wrong with the shame kinds of {@code observations}, in words for the clinician, or null
     * when they all follow the framework. {@code categories} and {@code labels} are by entry id; an
     * entry missing from them is left to the database's own checks.
     */
    public static @Nullable String problem(List<ThemeObservation> observations, Map<Long, Category> categories,
                                           Map<Long, String> labels) {
        for (ThemeObservation o : observations) {
            Category category = categories.get(o.entryId());
            if (category == null || allowed(category, o.shameKind())) {
                continue;
            }
            String label = labels.getOrDefault(o.entryId(), "this theme");
            if (category == Category.CORE_BELIEF) {
                return "\u201c" + label + "\u201d is a core belief, a verdict on the self, so the shame that goes with it"
                        + " is core shame. Adaptive shame is about a specific act the client regrets: record that act"
                        + " (a trigger or a defense) with adaptive shame instead.";
            }
            return "\u201c" + label + "\u201d is not a shame experience in itself, so it takes no kind of shame;"
                    + " record the shame on the belief (core) or on the act the client regrets (adaptive).";
        }
        return null;
    }
}
