package org.goldseam.framework;

import java.time.Clock;
import org.goldseam.framework.persistence.AdministrationRepository;
import org.goldseam.framework.persistence.AttachmentRepository;
import org.goldseam.framework.persistence.FormulationRepository;
import org.goldseam.framework.persistence.GoalRepository;
import org.goldseam.framework.persistence.InstrumentRepository;
import org.goldseam.framework.persistence.ReflectionRepository;
import org.goldseam.framework.persistence.TaxonomyRepository;
import org.goldseam.vault.Vault;

/** The framework services of one open vault, wired to its database. */
public record ClinicalFramework(TaxonomyService taxonomy, ShameReportService shame, ReflectiveQuestionService reflection,
                                InnerCriticService innerCritic, AttachmentService attachment,
                                FormulationService formulation, MeasureService measures, RiskService risk,
                                GoalService goals) {

    public static ClinicalFramework of(Vault vault, Clock clock) {
        var dsl = vault.database().dsl();
        TaxonomyRepository taxonomy = new TaxonomyRepository(dsl);
        ReflectionRepository reflection = new ReflectionRepository(dsl);
        AdministrationRepository administrations = new AdministrationRepository(dsl);
        return new ClinicalFramework(
                new TaxonomyService(taxonomy, clock),
                new ShameReportService(reflection),
                new ReflectiveQuestionService(reflection, clock),
                new InnerCriticService(reflection, clock),
                new AttachmentService(new AttachmentRepository(dsl), taxonomy, clock),
                new FormulationService(new FormulationRepository(dsl), taxonomy, clock),
                new MeasureService(new InstrumentRepository(dsl), administrations),
                new RiskService(administrations),
                new GoalService(new GoalRepository(dsl), clock));
    }
}
