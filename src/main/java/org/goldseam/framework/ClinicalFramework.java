package org.goldseam.framework;

import java.time.Clock;
import org.goldseam.framework.persistence.FrameworkWiring;
import org.goldseam.vault.Vault;

/** The framework services of one open vault, wired to its database. */
public record ClinicalFramework(TaxonomyService taxonomy, ShameReportService shame, ReflectiveQuestionService reflection,
                                InnerCriticService innerCritic, AttachmentService attachment,
                                FormulationService formulation, MeasureService measures, RiskService risk,
                                GoalService goals) {

    public static ClinicalFramework of(Vault vault, Clock clock) {
        return FrameworkWiring.on(vault.database().dsl(), clock);
    }
}
