package org.goldseam.framework.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A formulation as entered: trigger(s) -> core belief(s) -> defense(s) -> cost(s), by entry key, plus free text. */
public record FormulationDraft(@Nullable List<String> triggers, @Nullable List<String> coreBeliefs, @Nullable List<String> defenses,
                               @Nullable List<String> costs, @Nullable String narrative) {
    public FormulationDraft {
        triggers = List.copyOf(triggers);
        coreBeliefs = List.copyOf(coreBeliefs);
        defenses = List.copyOf(defenses);
        costs = List.copyOf(costs);
    }

    public @Nullable List<String> keys(FormulationRole role) {
        return switch (role) {
            case TRIGGER -> triggers;
            case CORE_BELIEF -> coreBeliefs;
            case DEFENSE -> defenses;
            case COST -> costs;
        };
    }
}
