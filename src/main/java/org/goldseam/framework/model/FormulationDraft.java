package org.goldseam.framework.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A formulation as entered: trigger(s) -> core belief(s) -> defense(s) -> cost(s), by entry key, plus free text. */
public record FormulationDraft(List<String> triggers, List<String> coreBeliefs, List<String> defenses,
                               List<String> costs, @Nullable String narrative) {
    public FormulationDraft {
        triggers = List.copyOf(triggers);
        coreBeliefs = List.copyOf(coreBeliefs);
        defenses = List.copyOf(defenses);
        costs = List.copyOf(costs);
    }

    public List<String> keys(FormulationRole role) {
        return switch (role) {
            case TRIGGER -> triggers;
            case CORE_BELIEF -> coreBeliefs;
            case DEFENSE -> defenses;
            case COST -> costs;
        };
    }
}
