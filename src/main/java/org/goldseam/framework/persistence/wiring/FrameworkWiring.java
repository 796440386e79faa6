package org.goldseam.framework.persistence.wiring;

import java.time.Clock;
import org.goldseam.framework.persistence.wiring.FrameworkWiring;
import org.goldseam.framework.AttachmentService;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.FormulationService;
import org.goldseam.framework.GoalService;
import org.goldseam.framework.InnerCriticService;
import org.goldseam.framework.MeasureService;
import org.goldseam.framework.ReflectiveQuestionService;
import org.goldseam.framework.RiskService;
import org.goldseam.framework.ShameReportService;
import org.goldseam.framework.TaxonomyService;
import org.goldseam.framework.persistence.AdministrationRepository;
import org.goldseam.framework.persistence.AttachmentRepository;
import org.goldseam.framework.persistence.FormulationRepository;
import org.goldseam.framework.persistence.GoalRepository;
import org.goldseam.framework.persistence.InstrumentRepository;
import org.goldseam.framework.persistence.ReflectionRepository;
import org.goldseam.framework.persistence.TaxonomyRepository;
import org.goldseam.vault.Vault;
import org.jooq.DSLContext;

/**
 * Builds the framework services over one {@link DSLContext}: the vault's, or a transaction's when
 * several writes must land together (the demo writes each client in one transaction).
 */
public final class FrameworkWiring {
    /** The framework services of an open vault, wired to its database. */
    public static ClinicalFramework of(Vault vault, Clock clock) {
        return on(vault.database().dsl(), clock);
    }

    private FrameworkWiring() {
    }

    public static ClinicalFramework on(DSLContext dsl, Clock clock) {
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
